package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.PageHeaderFields;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Lines of running text into paragraphs and headings. A PDF breaks lines wherever the page is full, so a
 * line break inside a sentence is not a paragraph break: a line joins the one before when that one runs to
 * the right margin and does not end a sentence, and the line itself is not indented (a new paragraph), not
 * a numbered heading or list item, not in another font size, and not far below. A paragraph continues over
 * a page break the same way, and a page-header field ("来源：…", "发布时间：…") is a block of its own. The lines of a
 * heading set in a large font are one heading when they are aligned (centred or flush left alike). Every block
 * starts where its first line is: page and line on the page.
 */
final class ParagraphBuilder {
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*([（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+[、.．]|\\d+\\s*[、.．](?!\\d)|第[一二三四五六七八九十]+[章节条部分]).*");
    private static final Pattern SECTION_HEADING = Pattern.compile("^\\s*[一二三四五六七八九十]+[、.．].{1,40}");
    private static final String SENTENCE_END = "。！？!?；;";

    private final double bodyLeft;
    private final double bodyRight;
    private final double bodySize;

    private ParagraphBuilder(double bodyLeft, double bodyRight, double bodySize) {
        this.bodyLeft = bodyLeft;
        this.bodyRight = bodyRight;
        this.bodySize = bodySize;
    }

    /** The document's blocks: paragraphs and headings from its lines, and its tables as grids. */
    static List<Block> blocks(List<PageItem> items) {
        List<PdfLine> lines = items.stream().filter(PdfLine.class::isInstance).map(PdfLine.class::cast).toList();
        ParagraphBuilder builder = new ParagraphBuilder(mode(lines, true), mode(lines, false), bodySize(lines));
        List<Block> blocks = new ArrayList<>();
        List<PdfLine> paragraph = new ArrayList<>();
        int tables = 0;
        for (PageItem item : items) {
            if (item instanceof PdfTable table) {
                builder.flush(paragraph, blocks);
                tables++;
                blocks.add(new TableBlock(GridBuilder.build(table, tables), SourceSpan.tableCell(table.page(), tables, 0, 0)));
            } else if (item instanceof PdfLine line) {
                if (!paragraph.isEmpty() && !builder.continues(paragraph.get(paragraph.size() - 1), line)) {
                    builder.flush(paragraph, blocks);
                }
                paragraph.add(line);
            }
        }
        builder.flush(paragraph, blocks);
        return blocks;
    }

    private boolean continues(PdfLine previous, PdfLine line) {
        String prev = previous.text().strip();
        if (prev.isEmpty() || SENTENCE_END.indexOf(prev.charAt(prev.length() - 1)) >= 0) {
            return false;
        }
        if (PageHeaderFields.startsWithField(Normalizer.compact(line.text()))
                || PageHeaderFields.startsWithField(Normalizer.compact(prev))) {
            return false; // "来源：… 时间：…" under a title that runs to the margin is a line of its own
        }
        double em = Math.max(previous.size(), line.size());
        boolean sameSize = Math.abs(previous.size() - line.size()) <= 1.5;
        if (previous.size() >= bodySize * 1.2 && sameSize && previous.page() == line.page()
                && line.baseline() - previous.baseline() <= 2.0 * em && aligned(previous, line, em)) {
            return true; // a title set in a large font over two lines ("洪泽区人民政府" / "2023年…年度报告") is one heading
        }
        boolean full = previous.right() >= bodyRight - 1.5 * em;
        boolean indented = line.left() > bodyLeft + 0.8 * em;
        boolean near = previous.page() != line.page() || line.baseline() - previous.baseline() <= 2.6 * em;
        return full && !indented && sameSize && near && !NUMBERED.matcher(line.text()).matches();
    }

    /** Two lines of one title share their centre (centred) or their left edge; a side column's caption does not. */
    private static boolean aligned(PdfLine a, PdfLine b, double em) {
        return Math.abs((a.left() + a.right()) - (b.left() + b.right())) / 2 <= 2 * em || Math.abs(a.left() - b.left()) <= em;
    }

    private void flush(List<PdfLine> paragraph, List<Block> blocks) {
        if (paragraph.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (PdfLine line : paragraph) {
            String t = line.text().strip();
            if (!text.isEmpty() && LineBuilder.latin(text.substring(text.length() - 1)) && LineBuilder.latin(t.substring(0, 1))) {
                text.append(' ');
            }
            text.append(t);
        }
        PdfLine first = paragraph.get(0);
        SourceSpan span = SourceSpan.pageLine(first.page(), first.number());
        String s = text.toString();
        boolean large = paragraph.stream().allMatch(l -> l.size() >= bodySize * 1.2);
        boolean heading = large || paragraph.size() == 1 && SECTION_HEADING.matcher(s).matches()
                && SENTENCE_END.indexOf(s.charAt(s.length() - 1)) < 0;
        blocks.add(heading ? TextBlock.heading(s, span) : TextBlock.paragraph(s, span));
        paragraph.clear();
    }

    /** The most common left (or right) edge of the lines: the text block's margin, rounded to 2 pt. */
    private static double mode(List<PdfLine> lines, boolean left) {
        Map<Long, Integer> counts = new HashMap<>();
        for (PdfLine l : lines) {
            counts.merge(Math.round((left ? l.left() : l.right()) / 2), 1, Integer::sum);
        }
        long best = counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Long.compare(left ? b.getKey() : a.getKey(),
                        left ? a.getKey() : b.getKey()) : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElse(0L);
        return best * 2.0;
    }

    private static double bodySize(List<PdfLine> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        for (PdfLine l : lines) {
            counts.merge(Math.round(l.size()), l.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12L);
    }
}
