package org.nianbao.audit.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the characters of each page with their positions and hands them over page by page, so the
 * reader keeps one page's glyphs in memory at a time. The stripper's own duplicate suppression (fake bold
 * drawn twice) is kept; its text output is not used: lines, tables and paragraphs are rebuilt from
 * positions. Also counts glyphs drawn without a Unicode value: PDFBox drops those of a CID font that has no
 * ToUnicode map, which is how a garbled font shows up when nothing else would.
 */
final class GlyphCollector extends PDFTextStripper {

    /** Receives one page's glyphs. */
    interface PageSink {
        void page(int pageNumber, PDPage page, List<Glyph> glyphs, int drawn, int unmapped) throws IOException;
    }

    /** A page of a report holds 1,000–3,000 characters; past this it is not a report's page and is cut off. */
    static final int MAX_GLYPHS_PER_PAGE = 40_000;

    private final PageSink sink;
    private int drawn;
    private int delivered;
    private int overfullPage;

    GlyphCollector(PageSink sink) {
        this.sink = sink;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    void collect(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        drawn++;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        delivered++;
        if (delivered > MAX_GLYPHS_PER_PAGE) {
            overfullPage = overfullPage == 0 ? getCurrentPageNo() : overfullPage;
            return; // memory stays bounded whatever a content stream draws
        }
        super.processTextPosition(text);
    }

    /** The first page that drew more than {@value #MAX_GLYPHS_PER_PAGE} characters; 0 when none did. */
    int overfullPage() {
        return overfullPage;
    }

    /** The text's direction on the page as shown: its own direction less the page's rotation. */
    private int dir(TextPosition t) {
        int rotation = getCurrentPage() == null ? 0 : getCurrentPage().getRotation();
        return ((Math.round(t.getDir()) - rotation) % 360 + 360) % 360;
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String unicode = t.getUnicode();
                if (unicode == null || unicode.isEmpty()) {
                    continue;
                }
                double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(t.getHeightDir(), 1);
                glyphs.add(new Glyph(unicode, t.getX(), t.getY(), Math.max(t.getWidthDirAdj(), 0), size, dir(t)));
            }
        }
        int unmapped = Math.max(0, drawn - delivered);
        int shown = drawn;
        drawn = 0;
        delivered = 0;
        sink.page(getCurrentPageNo(), getCurrentPage(), glyphs, shown, unmapped);
    }
}
