package org.nianbao.audit.ingest.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.ingest.IngestMessages;
import org.nianbao.audit.ingest.SourceReader;
import org.nianbao.audit.model.ParseProblem;

/**
 * PDF reports as agencies export them from Word or WPS, read with Apache PDFBox 3 (Tabula-java would give
 * table extraction ready-made but pins PDFBox 2.0.x; its two strategies — ruling lines and text alignment —
 * are rebuilt here on PDFBox 3's own API in {@link LatticeStrategy} and {@link StreamStrategy}).
 *
 * <p>Page by page: glyphs with positions ({@link GlyphCollector}) and borders ({@link PageGraphics}) become
 * tables and lines ({@link PageLayout}); then page numbers, running headers and footers go
 * ({@link PageChromeFilter}), tables continued over a page break are joined ({@link TableStitcher}) and the
 * lines become paragraphs and headings ({@link ParagraphBuilder}). Every block carries its page.
 *
 * <p>Never throws for bad content: an encrypted file, a scan without a text layer, garbled fonts, a damaged
 * or truncated file and a file of more than {@value #MAX_PAGES} pages each give their reason. A PDF with
 * only an owner password (printing or copying restricted) opens without one and is read. Memory stays
 * bounded: PDFBox buffers in at most {@value #MAX_MAIN_MEMORY} bytes of heap and spills to a temporary file,
 * and only one page's glyphs are held at a time. Thread-safe: nothing is shared between reads.
 */
public final class PdfSourceReader implements SourceReader {
    public static final String FORMAT = "pdf";
    /** Annual reports run to 5–30 pages; past this the file is not one report and reading it is not worth the time. */
    public static final int MAX_PAGES = 200;
    /** Above this a file is refused unread: a text PDF of 200 pages is a few MB, a scan of them tens. */
    public static final long MAX_BYTES = 256L << 20;
    static final long MAX_MAIN_MEMORY = 16L << 20;

    private final int maxPages;

    public PdfSourceReader() {
        this(MAX_PAGES);
    }

    /** With a custom page limit (tests use a small one). */
    public PdfSourceReader(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public Document read(Path file, String source) {
        long size;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                return Document.failed(source, FORMAT, size, IngestMessages.tooLarge(size, MAX_BYTES));
            }
            if (size == 0) {
                return Document.failed(source, FORMAT, 0, IngestMessages.empty());
            }
            ParseProblem framing = framing(file, size);
            if (framing != null) {
                return Document.failed(source, FORMAT, size, framing);
            }
        } catch (IOException | SecurityException e) {
            return Document.failed(source, FORMAT, 0, IngestMessages.unreadable(describe(e)));
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null,
                MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).streamCache)) {
            return read(pdf, source, size);
        } catch (InvalidPasswordException e) {
            return Document.failed(source, FORMAT, size, IngestMessages.pdfEncrypted());
        } catch (IOException | RuntimeException e) {
            return Document.failed(source, FORMAT, size, IngestMessages.pdfDamaged(describe(e)));
        } catch (StackOverflowError e) {
            return Document.failed(source, FORMAT, size, IngestMessages.pdfDamaged("对象引用循环嵌套过深"));
        }
    }

    private Document read(PDDocument pdf, String source, long size) throws IOException {
        int pages = pdf.getNumberOfPages();
        if (pages == 0) {
            return Document.failed(source, FORMAT, size, IngestMessages.pdfNoPages());
        }
        if (pages > maxPages) {
            return Document.failed(source, FORMAT, size, IngestMessages.pdfTooManyPages(pages, maxPages));
        }
        List<PageLayout> layouts = new ArrayList<>(pages);
        List<ParseProblem> warnings = new ArrayList<>();
        TextLayerCheck check = new TextLayerCheck();
        GlyphCollector collector = new GlyphCollector((number, page, glyphs, drawn, unmapped) -> {
            PageGraphics graphics = PageGraphics.of(page);
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            check.page(drawn, unmapped, text.toString(), graphics.imageCoverage());
            layouts.add(layout(number, glyphs, graphics, warnings));
        });
        collector.collect(pdf);
        if (collector.overfullPage() > 0) {
            return Document.failed(source, FORMAT, size,
                    IngestMessages.pdfPageOverfull(collector.overfullPage(), GlyphCollector.MAX_GLYPHS_PER_PAGE));
        }
        ParseProblem problem = check.problem();
        if (problem != null) {
            return Document.failed(source, FORMAT, size, problem);
        }
        for (PageLayout page : layouts) {
            if (TextLayerCheck.imageOnly(page)) {
                warnings.add(IngestMessages.pdfImagePage(page.page()));
            } else if (TextLayerCheck.largeImage(page)) {
                warnings.add(IngestMessages.pdfLargeImage(page.page(), (int) Math.round(page.imageCoverage() * 100)));
            }
        }
        List<Block> blocks = ParagraphBuilder.blocks(TableStitcher.stitch(PageChromeFilter.filter(layouts)));
        return new Document(source, FORMAT, null, size, blocks, PageFacts.NONE, null, warnings);
    }

    /**
     * The page's tables and lines; should rebuilding its tables fail on a layout nobody foresaw, the page is
     * still read line by line and the failure named, rather than the whole report lost.
     */
    private static PageLayout layout(int number, List<Glyph> glyphs, PageGraphics graphics, List<ParseProblem> warnings) {
        try {
            return PageLayout.of(number, glyphs, graphics.rulings(), graphics.imageCoverage());
        } catch (RuntimeException e) {
            warnings.add(IngestMessages.pdfLayoutFailed(number, e.getClass().getSimpleName()));
            return PageLayout.linesOnly(number, glyphs, graphics.imageCoverage());
        }
    }

    /**
     * A file that does not start like a PDF, or does not end like one: PDFBox would patch a truncated file
     * up and read its first pages, and a report read without its last pages would be charged with missing
     * sections it has.
     */
    private static ParseProblem framing(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(1024, size)];
            raf.readFully(head);
            if (!new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                return IngestMessages.pdfNotPdf();
            }
            int tailLength = (int) Math.min(2048, size);
            byte[] tail = new byte[tailLength];
            raf.seek(size - tailLength);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                return IngestMessages.pdfTruncated();
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + "（" + e.getMessage() + "）";
    }
}
