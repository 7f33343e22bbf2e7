package org.nianbao.audit.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of one table cell as a reader takes it in: the lines of a cell (paragraphs, {@code <br>}) are one
 * label, so a vertical header written one character per {@code <p>} ("自" "然" "人") and a two-line header
 * ("商业<br>企业", "本年新<br>&nbsp;制作数量") read as the words they are.
 */
final class CellText {
    private CellText() {
    }

    static String of(Element cell) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(cell, line, lines);
        lines.add(HtmlText.collapse(line));
        return HtmlText.joinLines(lines);
    }

    private static void collect(Element e, StringBuilder line, List<String> lines) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element c && !ChromeFilter.isHidden(c)) {
                if (c.normalName().equals("br")) {
                    newLine(line, lines);
                } else if (HtmlTags.isBlock(c)) {
                    newLine(line, lines);
                    collect(c, line, lines);
                    newLine(line, lines);
                } else {
                    collect(c, line, lines);
                }
            }
        }
    }

    private static void newLine(StringBuilder line, List<String> lines) {
        if (line.length() > 0) {
            lines.add(HtmlText.collapse(line));
            line.setLength(0);
        }
    }
}
