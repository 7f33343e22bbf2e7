package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.ingest.html.TableFragments;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Turns the decoded lines of a text file into a {@link Document}. Each text layout has its recogniser: a
 * crawler's header block ({@link CrawlerHeader}) becomes the page's facts, not text; a report body printed on
 * one line ({@link FlattenedBody}) is cut into headings, paragraphs and tables; site furniture around a crawled
 * body ({@link WebChrome}) is left out; an HTML table a PDF-to-Markdown converter wrote ({@link HtmlTableLines}) is
 * a table block. Every other line is one paragraph block, blank lines included: the table
 * layouts of text (one cell per line, tabs, pipes, TSV, space runs) are read from these lines by the parser's
 * tokenizer. Immutable and thread-safe.
 */
public final class TextDocuments {
    public static final String FORMAT = "text";
    /** A title standing among the first blocks of a body is the body's own. */
    private static final int TITLE_REACH = 4;
    private static final int MAX_TITLE = 70;

    private final FlattenedBody flattened;

    /** With the template data the recognisers cut flattened bodies by. */
    public TextDocuments(TemplateVocabulary vocabulary) {
        this.flattened = new FlattenedBody(vocabulary);
    }

    /** For tests and tools: a text document from its lines. */
    public Document read(String source, List<String> lines) {
        return read(source, "UTF-8", lines, 0, List.of());
    }

    public Document read(String source, String charset, List<String> lines, long bytes, List<ParseProblem> warnings) {
        Optional<CrawlerHeader.Header> header = CrawlerHeader.read(lines);
        int start = header.map(CrawlerHeader.Header::bodyStart).orElse(0);
        int first = firstNonBlank(lines, start);
        int last = lastNonBlank(lines, start);
        List<Block> blocks = new ArrayList<>(lines.size() - start);
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            int close = HtmlTableLines.opens(line) ? HtmlTableLines.closing(lines, i) : -1;
            if (close >= 0) {
                blocks.addAll(htmlTables(lines, i, close, blocks));
                i = close;
                continue;
            }
            boolean edge = header.isPresent() && (i == first || i == last);
            List<Block> cut = flattened.blocks(line, i + 1, edge ? WebChrome.find(line) : List.of());
            if (cut == null) {
                blocks.add(TextBlock.paragraph(line, SourceSpan.textLine(i + 1, 0)));
            } else {
                blocks.addAll(cut);
            }
        }
        PageFacts page = header.map(CrawlerHeader.Header::page).orElse(PageFacts.NONE);
        if (header.isPresent() && !printsTitle(blocks)) {
            blocks.addAll(0, pageTitle(page));
        }
        return new Document(source, FORMAT, charset, bytes, blocks, page, null, warnings);
    }

    /** The tables of lines {@code from}..{@code to}, each placed at its first line; their text when none is read. */
    private static List<Block> htmlTables(List<String> lines, int from, int to, List<Block> before) {
        int tables = (int) before.stream().filter(TableBlock.class::isInstance).count();
        List<Grid> grids = TableFragments.grids(String.join("\n", lines.subList(from, to + 1)), tables);
        List<Block> out = new ArrayList<>();
        if (grids.isEmpty()) {
            for (int i = from; i <= to; i++) {
                out.add(TextBlock.paragraph(lines.get(i), SourceSpan.textLine(i + 1, 0)));
            }
            return out;
        }
        for (Grid grid : grids) {
            out.add(new TableBlock(grid, SourceSpan.textLine(from + 1, 0)));
        }
        return out;
    }

    /**
     * The page's title as a heading, with its 发布时间 line under it, for a body that does not print its own
     * title: the reader of the page saw both above the text.
     */
    private static List<Block> pageTitle(PageFacts page) {
        List<Block> out = new ArrayList<>(2);
        out.add(TextBlock.heading(page.title().value(), page.title().span()));
        if (page.published() != null) {
            PageFacts.Field p = page.published();
            out.add(TextBlock.paragraph(p.evidence(), SourceSpan.textLine(p.span().line(), 1)));
        }
        return out;
    }

    private static boolean printsTitle(List<Block> blocks) {
        int seen = 0;
        for (Block b : blocks) {
            if (!(b instanceof TextBlock t) || t.text().isBlank()) {
                continue;
            }
            String c = Normalizer.compact(t.text());
            if (c.length() <= MAX_TITLE && c.endsWith("年度报告") && !c.contains("《")) {
                return true;
            }
            if (++seen >= TITLE_REACH) {
                return false;
            }
        }
        return false;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(List<String> lines, int from) {
        for (int i = lines.size() - 1; i >= from; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
