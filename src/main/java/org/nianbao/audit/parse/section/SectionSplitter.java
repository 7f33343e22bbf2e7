package org.nianbao.audit.parse.section;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.SubItem;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.CompactView;
import org.nianbao.audit.parse.text.PageChrome;

/**
 * Cuts a document into the preface (before the first heading) and the sections found, in document
 * order. A section runs from its heading to the line before the next heading; the last one stops
 * before trailing page chrome. Stateless, thread-safe.
 */
public final class SectionSplitter {
    /** Sections whose numbered sub-items are recorded: 一、总体情况 and 六、其他需要报告的事项. */
    private static final int[] WITH_SUB_ITEMS = {1, 6};

    private final HeadingFinder headings;
    private final PageChrome chrome;
    private final SubItemFinder subItems = new SubItemFinder();

    public SectionSplitter(SectionTitles titles, PageChrome chrome) {
        this.headings = new HeadingFinder(titles);
        this.chrome = chrome;
    }

    public SectionLayout split(List<TextLine> lines) {
        List<Heading> found = headings.find(lines);
        int[] sectionOf = new int[lines.size()];
        int contentEnd = contentEnd(lines);
        List<Section> sections = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Heading h = found.get(k);
            int end = k + 1 < found.size() ? found.get(k + 1).index() - 1 : Math.max(h.index(), contentEnd);
            for (int i = h.index(); i <= end; i++) {
                sectionOf[i] = h.section();
            }
            sections.add(section(lines, h, k + 1, end));
        }
        int prefaceEnd = found.isEmpty() ? lines.size() - 1 : found.get(0).index() - 1;
        Section preface = prefaceEnd < 0 ? null : preface(lines, prefaceEnd);
        return new SectionLayout(preface, sections, sectionOf);
    }

    private Section section(List<TextLine> lines, Heading h, int position, int end) {
        TextLine headingLine = lines.get(h.index());
        CompactView view = CompactView.of(headingLine.getText());
        String title = view.original(h.titleStart(), h.titleEnd());
        List<TextLine> body = lines.subList(h.index() + 1, end + 1);
        List<SubItem> items = hasSubItems(h.section()) ? subItems.find(h.section(), body) : List.of();
        return new Section(h.section(), position, headingLine.getText().strip(), title, h.style(),
                headingLine.getNumber(), lines.get(end).getNumber(), joinText(body), joinNormalized(body), items);
    }

    private static Section preface(List<TextLine> lines, int end) {
        List<TextLine> body = lines.subList(0, end + 1);
        return new Section(0, 0, "", "", NumberingStyle.NONE, 1, end + 1, joinText(body), joinNormalized(body), List.of());
    }

    /** Index of the last line before trailing blank lines and page chrome. */
    private int contentEnd(List<TextLine> lines) {
        int i = lines.size() - 1;
        while (i > 0 && (lines.get(i).getNormalized().isEmpty() || chrome.isChrome(lines.get(i).getNormalized()))) {
            i--;
        }
        return i;
    }

    private static boolean hasSubItems(int section) {
        for (int s : WITH_SUB_ITEMS) {
            if (s == section) {
                return true;
            }
        }
        return false;
    }

    /** Built at their exact size in one go (String.join): a section body is most of a report's text. */
    private static String joinText(List<TextLine> body) {
        List<String> texts = new ArrayList<>(body.size());
        for (TextLine line : body) {
            texts.add(line.getText());
        }
        return String.join("\n", texts);
    }

    private static String joinNormalized(List<TextLine> body) {
        List<String> texts = new ArrayList<>(body.size());
        for (TextLine line : body) {
            texts.add(line.getNormalized());
        }
        return String.join("", texts);
    }
}
