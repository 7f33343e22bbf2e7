package org.nianbao.audit.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.SourceSpan;

/**
 * Reads the article element into blocks in reading order: one text block per paragraph or line
 * ({@code <br>} ends a line), a grid per data table, the cells of layout tables as ordinary content. Hidden
 * elements, named furniture and link lists are skipped unless they hold the report's own headings. Headings
 * ({@code <h1>}–{@code <h6>}, a short paragraph set wholly in bold) are marked; the parser still finds section
 * headings from their wording. Text blocks are numbered later, when the page's title and date are in place.
 */
final class BlockCollector {
    /** A paragraph longer than this is body text even when set in bold. */
    private static final int MAX_BOLD_HEADING = 60;
    /** A box whose text is mostly links (menus, related-link lists) is furniture: share of link text … */
    private static final double LINK_SHARE = 0.5;
    /** … and at least this many links (one link in a paragraph is a reference, not a list). */
    private static final int LINK_LIST = 2;

    private final PageScores scores;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int boldChars;
    private int visibleChars;
    private int headingDepth;
    private int preDepth;
    private int tables;
    private int images;
    private int frames;
    private int attachmentLinks;

    BlockCollector(PageScores scores) {
        this.scores = scores;
    }

    List<Block> collect(Element container) {
        walk(container, false);
        flush();
        return blocks;
    }

    /** The blocks collected so far. */
    List<Block> blocks() {
        return blocks;
    }

    /** Images (not icons) the article shows in place of text. */
    int images() {
        return images;
    }

    /** Inline frames, embedded objects: a viewer showing a PDF or another page. */
    int frames() {
        return frames;
    }

    /** Links to document files (.pdf, .doc, .docx, .wps, .ofd …). */
    int attachmentLinks() {
        return attachmentLinks;
    }

    private void walk(Element e, boolean bold) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                text(t.getWholeText(), bold);
            } else if (child instanceof Element c) {
                element(c, bold);
            }
        }
    }

    private void element(Element c, boolean bold) {
        String name = c.normalName();
        if (HtmlTags.isMedia(c)) {
            countMedia(c);
            return;
        }
        if (skipped(c)) {
            return;
        }
        if (name.equals("a") && isDocumentLink(c.attr("href"))) {
            attachmentLinks++;
        }
        if (name.equals("br") || name.equals("hr")) {
            flush();
        } else if (name.equals("table")) {
            flush();
            table(c);
        } else if (HtmlTags.isBlock(c)) {
            flush();
            boolean heading = HtmlTags.isHeading(c);
            boolean pre = name.equals("pre") || name.equals("xmp") || name.equals("listing");
            headingDepth += heading ? 1 : 0;
            preDepth += pre ? 1 : 0;
            walk(c, bold || HtmlTags.isBold(c));
            flush();
            headingDepth -= heading ? 1 : 0;
            preDepth -= pre ? 1 : 0;
        } else {
            walk(c, bold || HtmlTags.isBold(c));
        }
    }

    private void text(String raw, boolean bold) {
        if (preDepth == 0) {
            append(raw, bold);
            return;
        }
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n') {
                append(raw.substring(start, i), bold);
                if (i < raw.length()) {
                    flush();
                }
                start = i + 1;
            }
        }
    }

    private void append(String raw, boolean bold) {
        line.append(raw);
        int visible = HtmlText.visibleLength(raw);
        visibleChars += visible;
        boldChars += bold ? visible : 0;
    }

    private boolean skipped(Element c) {
        if (ChromeFilter.isHidden(c)) {
            return true;
        }
        boolean reportContent = scores.signal(c) >= ReportSignals.HEADING;
        if (reportContent) {
            return false;
        }
        if (ChromeFilter.isNamedChrome(c) || (c.normalName().equals("table") && PageFactsReader.isInfoTable(c))) {
            return true;
        }
        int text = scores.text(c);
        int links = scores.links(c);
        return HtmlTags.isBlock(c) && scores.anchors(c) >= LINK_LIST && links > LINK_SHARE * (text + links);
    }

    private void table(Element table) {
        Grid grid = LayoutTables.isLayout(table) ? null : TableGridReader.read(table, tables + 1);
        if (grid == null) {
            for (Element row : LayoutTables.rows(table)) {
                for (Element cell : row.children()) {
                    if (LayoutTables.isCell(cell) && !skipped(cell)) {
                        walk(cell, false);
                        flush();
                    }
                }
            }
            return;
        }
        if (grid.rows().stream().allMatch(r -> r.stream().allMatch(cell -> cell.blank()))) {
            return;
        }
        for (Element caption : table.getElementsByTag("caption")) {
            walk(caption, false);
            flush();
        }
        tables++;
        blocks.add(new TableBlock(grid, SourceSpan.tableCell(0, tables, 0, 0)));
    }

    private void flush() {
        String text = HtmlText.collapse(line);
        if (!text.isEmpty()) {
            boolean heading = headingDepth > 0
                    || (visibleChars > 0 && boldChars == visibleChars && text.length() <= MAX_BOLD_HEADING);
            blocks.add(heading ? TextBlock.heading(text, SourceSpan.NONE) : TextBlock.paragraph(text, SourceSpan.NONE));
        }
        line.setLength(0);
        boldChars = 0;
        visibleChars = 0;
    }

    private void countMedia(Element c) {
        if (ChromeFilter.isHidden(c) || ChromeFilter.isNamedChrome(c)) {
            return;
        }
        if (c.normalName().equals("img") || c.normalName().equals("picture")) {
            images += isIcon(c) ? 0 : 1;
        } else {
            frames++;
        }
    }

    /** Bullets, spacers and buttons: small by their declared size or named so. */
    private static boolean isIcon(Element img) {
        int w = size(img.attr("width"));
        int h = size(img.attr("height"));
        if ((w > 0 && w < 48) || (h > 0 && h < 48)) {
            return true;
        }
        String src = img.attr("src").toLowerCase(Locale.ROOT);
        return src.contains("icon") || src.contains("logo") || src.contains("spacer") || src.contains("btn");
    }

    private static int size(String v) {
        int n = 0;
        int i = 0;
        while (i < v.length() && i < 6 && Character.isDigit(v.charAt(i))) {
            n = n * 10 + (v.charAt(i) - '0');
            i++;
        }
        return i == 0 ? -1 : n;
    }

    static boolean isDocumentLink(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        int q = h.indexOf('?');
        String path = q < 0 ? h : h.substring(0, q);
        return path.endsWith(".pdf") || path.endsWith(".doc") || path.endsWith(".docx") || path.endsWith(".wps")
                || path.endsWith(".ofd") || path.endsWith(".xls") || path.endsWith(".xlsx") || path.endsWith(".rar")
                || path.endsWith(".zip") || h.contains("file=") && h.contains(".pdf");
    }
}
