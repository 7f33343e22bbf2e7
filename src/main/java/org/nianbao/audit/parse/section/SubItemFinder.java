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
            String c = line.getNormalized();
            if (c.isEmpty()) {
                continue;
            }
            Numbering numbering = Numbering.parse(c);
            if (numbering.style() != wanted || numbering.titleStart() >= c.length()) {
                continue;
            }
            String heading = headingText(line.getText(), numbering.titleStart());
            items.add(new SubItem(section, Math.max(numbering.value(), 0), heading, Normalizer.compact(heading), line.getNumber()));
        }
        return items;
    }

    private static String headingText(String original, int titleStart) {
        CompactView view = CompactView.of(original);
        String c = view.compact();
        for (int i = titleStart; i < c.length(); i++) {
            if (CUT.indexOf(c.charAt(i)) >= 0 && i > titleStart) {
                return view.original(0, i);
            }
        }
        return original.strip();
    }
}
