package org.nianbao.audit.ingest.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * What a paragraph's style says: whether it is a heading (Word's built-in "heading 1" — shown as 标题 1 in
 * Chinese Word and WPS, whose style ids are often just "1" or "2" — the title style, or an outline level
 * 1–3), and the list numbering the style carries. Styles inherit through {@code w:basedOn}.
 */
final class ParagraphStyles {
    /** Outline levels 0–2 are the three heading levels the brief and Word's navigation pane count. */
    static final int HEADING_LEVELS = 3;
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");
    private static final int MAX_CHAIN = 16;

    /** Numbering reference: list instance and level. */
    record NumberingRef(String numId, int ilvl) {
    }

    private record Info(int heading, NumberingRef numbering) {
    }

    private final Map<String, Element> styles = new HashMap<>();
    private final Map<String, Info> cache = new HashMap<>();

    /** @param stylesPart {@code w:styles}, or null when the document has no style part */
    ParagraphStyles(Element stylesPart) {
        if (stylesPart != null) {
            for (Element style : WordXml.children(stylesPart)) {
                String id = WordXml.isW(style, "style") ? WordXml.attr(style, "styleId") : null;
                if (id != null) {
                    styles.putIfAbsent(id, style);
                }
            }
        }
    }

    /** 1–3 for a heading style (0 for the title style counts as 1), 0 for body text. */
    int headingLevel(String styleId) {
        return info(styleId).heading();
    }

    /** The list numbering a style applies, or null. */
    NumberingRef numbering(String styleId) {
        return info(styleId).numbering();
    }

    private Info info(String styleId) {
        if (styleId == null || styles.isEmpty()) {
            return new Info(0, null);
        }
        return cache.computeIfAbsent(styleId, this::resolve);
    }

    private Info resolve(String styleId) {
        int heading = 0;
        NumberingRef numbering = null;
        boolean numberingDecided = false;
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_CHAIN; depth++) {
            Element style = styles.get(id);
            if (style == null) {
                break;
            }
            if (heading == 0) {
                heading = headingByName(WordXml.childVal(style, "name"));
            }
            Element pPr = WordXml.child(style, "pPr");
            if (heading == 0) {
                heading = outlineHeading(WordXml.childVal(pPr, "outlineLvl"));
            }
            Element numPr = WordXml.child(pPr, "numPr");
            if (!numberingDecided && numPr != null) {
                String numId = WordXml.childVal(numPr, "numId");
                numbering = numId == null || numId.equals("0") ? null
                        : new NumberingRef(numId, WordXml.intVal(WordXml.childVal(numPr, "ilvl"), -1));
                numberingDecided = true;
            }
            id = WordXml.childVal(style, "basedOn");
        }
        return new Info(heading, numbering);
    }

    static int outlineHeading(String outlineLvl) {
        int level = WordXml.intVal(outlineLvl, 9);
        return level >= 0 && level < HEADING_LEVELS ? level + 1 : 0;
    }

    private static int headingByName(String name) {
        if (name == null) {
            return 0;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("title") || n.equals("标题")) {
            return 1;
        }
        Matcher m = HEADING_NAME.matcher(n);
        if (m.matches()) {
            int level = m.group(1).charAt(0) - '0';
            return level <= HEADING_LEVELS ? level : 0;
        }
        return 0;
    }
}
