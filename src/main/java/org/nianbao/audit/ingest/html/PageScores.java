package org.nianbao.audit.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What every element of a page holds, summed over its subtree in one pass: visible characters of content,
 * characters of links and furniture, report signals (points, section headings, statistics tables) and links.
 * Text is scored a paragraph or cell at a time, as a reader sees it (inline markup joined, blocks and
 * {@code <br>} apart), so Word's one-span-per-character headings still count.
 */
final class PageScores {
    private static final int TEXT = 0;
    private static final int LINKS = 1;
    private static final int SIGNAL = 2;
    private static final int HEADINGS = 3;
    private static final int TABLES = 4;
    private static final int ANCHORS = 5;
    private static final int[] NONE = new int[6];
    /** A table with this many label points is a statistics table, not a layout or info table. */
    static final int TABLE_SIGNAL = 3 * ReportSignals.LABEL;

    private final Map<Element, int[]> scores = new IdentityHashMap<>();

    static PageScores of(Element root) {
        PageScores s = new PageScores();
        s.visit(root, false, null, null);
        return s;
    }

    /** Visible characters outside links and furniture. */
    int text(Element e) {
        return get(e)[TEXT];
    }

    /** Characters of link text and of named furniture (menus, share boxes). */
    int links(Element e) {
        return get(e)[LINKS];
    }

    int signal(Element e) {
        return get(e)[SIGNAL];
    }

    /** Numbered section headings ("一、总体情况", "（一）主动公开") inside. */
    int headings(Element e) {
        return get(e)[HEADINGS];
    }

    /** Tables inside that carry statistics-table labels. */
    int tables(Element e) {
        return get(e)[TABLES];
    }

    int anchors(Element e) {
        return get(e)[ANCHORS];
    }

    /** How much report a reader finds in the element: its content text, and far more for the report's own signals. */
    int weight(Element e) {
        int[] a = get(e);
        return a[TEXT] + 10 * a[SIGNAL];
    }

    private int[] get(Element e) {
        return scores.getOrDefault(e, NONE);
    }

    private int[] visit(Element e, boolean inLink, StringBuilder segment, int[] owner) {
        int[] acc = new int[6];
        boolean block = HtmlTags.isBlock(e) || owner == null;
        StringBuilder mine = segment;
        int[] myOwner = owner;
        if (block) {
            if (segment != null) {
                flush(segment, owner);
            }
            mine = new StringBuilder();
            myOwner = acc;
        }
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                int len = HtmlText.visibleLength(text);
                acc[inLink ? LINKS : TEXT] += len;
                if (!inLink && len > 0) {
                    mine.append(text);
                }
            } else if (child instanceof Element c && !ChromeFilter.isHidden(c)) {
                if (c.normalName().equals("br")) {
                    flush(mine, myOwner);
                    continue;
                }
                int[] ca = visit(c, inLink || c.normalName().equals("a"), mine, myOwner);
                if (ChromeFilter.isNamedChrome(c) && ca[SIGNAL] < ReportSignals.HEADING) {
                    acc[LINKS] += ca[TEXT] + ca[LINKS];
                    acc[ANCHORS] += ca[ANCHORS];
                } else {
                    for (int k = 0; k < acc.length; k++) {
                        acc[k] += ca[k];
                    }
                }
            }
        }
        if (e.normalName().equals("a")) {
            acc[ANCHORS]++;
        }
        if (block) {
            flush(mine, acc);
        }
        if (e.normalName().equals("table") && acc[SIGNAL] >= TABLE_SIGNAL) {
            acc[TABLES]++;
        }
        scores.put(e, acc);
        return acc;
    }

    private static void flush(StringBuilder segment, int[] owner) {
        if (segment.length() == 0) {
            return;
        }
        String compact = compact(segment);
        segment.setLength(0);
        int points = ReportSignals.score(compact);
        owner[SIGNAL] += points;
        if (points == ReportSignals.HEADING) {
            owner[HEADINGS]++;
        }
    }

    private static String compact(CharSequence s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 4096));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
