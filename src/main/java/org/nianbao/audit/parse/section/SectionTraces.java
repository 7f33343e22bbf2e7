package org.nianbao.audit.parse.section;

import java.util.List;
import java.util.Optional;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.CompactView;

/**
 * Where a section whose heading was not found is nevertheless printed: its numbered title ("五、存在的主要问题
 * 及改进情况") inside a longer line, where no heading can be read. The section is then not the agency's
 * omission but text the parser could not cut (an extraction problem). A title merely listed in the preface
 * ("本报告包括总体情况、…") carries no numbering and is no trace.
 */
public final class SectionTraces {
    private static final String CHINESE = "一二三四五六";
    private static final int EXCERPT = 40;

    /** A trace: the line and the printed text from the numbering on (at most a short excerpt). */
    public record Trace(TextLine line, String excerpt) {
    }

    private final SectionTitles titles;

    public SectionTraces(SectionTitles titles) {
        this.titles = titles;
    }

    public Optional<Trace> find(List<TextLine> lines, int section) {
        char numeral = CHINESE.charAt(section - 1);
        for (TextLine line : lines) {
            String c = line.getNormalized();
            for (int i = c.indexOf(numeral); i >= 0 && i + 2 < c.length(); i = c.indexOf(numeral, i + 1)) {
                if (c.charAt(i + 1) == '、' && titled(c, i + 2, section)) {
                    return Optional.of(new Trace(line, excerpt(line, i)));
                }
            }
        }
        return Optional.empty();
    }

    /** A title of {@code section} starts at {@code from}: some prefix of the text is one of its titles or variants. */
    private boolean titled(String c, int from, int section) {
        int limit = Math.min(c.length(), from + SectionTitles.MAX_TITLE);
        for (int end = from + 2; end <= limit; end++) {
            if (titles.numbered(c.substring(from, end)) == section) {
                return true;
            }
        }
        return false;
    }

    private static String excerpt(TextLine line, int compactStart) {
        CompactView view = CompactView.of(line.getText());
        int end = Math.min(view.compact().length(), compactStart + EXCERPT);
        return view.original(compactStart, end);
    }
}
