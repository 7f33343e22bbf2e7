package org.nianbao.audit.parse.section;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.SubItem;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.CompactView;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Numbered sub-headings inside a section body: （一）/(一) items, or — when a section has none — "1、"
 * / "1." items. The heading is the line up to its first colon or full stop (六's items often run on:
 * "（三）人大代表建议…公开情况：2023年，…").
 */
final class SubItemFinder {
    private static final String CUT = "：:。；;，,";

    List<SubItem> find(int section, List<TextLine> body) {
        List<SubItem> paren = collect(section, body, NumberingStyle.CHINESE_PAREN);
        return paren.isEmpty() ? collect(section, body, NumberingStyle.ARABIC) : paren;
    }

    private static List<SubItem> collect(int section, List<TextLine> body, NumberingStyle wanted) {
        List<SubItem> items = new ArrayList<>();
        for (TextLine line : body) {
            String compact = line.getNormalized();
            if (compact.isEmpty()) {
                continue;
            }
            MarkdownMarks marks = MarkdownMarks.of(compact);
            String c = marks.inner(compact);
            Numbering numbering = Numbering.parse(c);
            if (numbering.style() != wanted || numbering.titleStart() >= c.length()) {
                continue;
            }
            String heading = headingText(line.getText(), marks.start(), marks.start() + numbering.titleStart(), marks.end());
            items.add(new SubItem(section, Math.max(numbering.value(), 0), heading, Normalizer.compact(heading), line.getNumber()));
        }
        return items;
    }

    /** The printed heading from its numbering to the first cut mark (or the end of the Markdown span). */
    private static String headingText(String original, int start, int titleStart, int end) {
        CompactView view = CompactView.of(original);
        String c = view.compact();
        for (int i = titleStart + 1; i < end; i++) {
            if (CUT.indexOf(c.charAt(i)) >= 0) {
                return view.original(start, i);
            }
        }
        return view.original(start, end);
    }
}
