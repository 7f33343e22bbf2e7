package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;

/** A wide table on a page turned with /Rotate, as landscape pages of 表三 often are. */
class RotatedPageTest {
    @TempDir
    Path dir;

    /**
     * A portrait page shown turned by {@code rotation}, its content drawn turned back so that it reads upright:
     * a bordered 3 × 4 table of Latin labels and numbers (Helvetica, no CJK font needed).
     */
    private Path rotated(int rotation) throws IOException {
        Path out = dir.resolve("rotated-" + rotation + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            doc.addPage(page);
            float w = PDRectangle.A4.getWidth();
            float h = PDRectangle.A4.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // user space of an upright landscape page (h wide, w high) drawn into the portrait page
                cs.transform(rotation == 90 ? new Matrix(0, 1, -1, 0, w, 0) : new Matrix(0, -1, 1, 0, 0, h));
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                String[][] cells = {{"Label", "Upheld", "Corrected", "Total"}, {"Review", "2", "1", "3"},
                        {"Lawsuit", "4", "0", "4"}};
                float left = 100;
                float top = 450;
                float[] widths = {160, 120, 120, 120};
                for (int r = 0; r < cells.length; r++) {
                    float x = left;
                    for (int c = 0; c < widths.length; c++) {
                        cs.addRect(x, top - (r + 1) * 30, widths[c], 30);
                        cs.stroke();
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(x + 6, top - (r + 1) * 30 + 10);
                        cs.showText(cells[r][c]);
                        cs.endText();
                        x += widths[c];
                    }
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** An upright page with a tall first-column cell whose label is set turned by {@code angle} degrees. */
    private Path turnedLabel(int angle) throws IOException {
        Path out = dir.resolve("turned-" + angle + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                float top = 700;
                cs.addRect(100, top - 120, 40, 120); // the tall label cell over three rows
                cs.stroke();
                String[][] rows = {{"A", "1"}, {"B", "2"}, {"C", "3"}};
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 2; c++) {
                        cs.addRect(140 + c * 100, top - (r + 1) * 40, 100, 40);
                        cs.stroke();
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(146 + c * 100, top - (r + 1) * 40 + 14);
                        cs.showText(rows[r][c]);
                        cs.endText();
                    }
                }
                cs.beginText();
                cs.setFont(font, 11);
                cs.setTextMatrix(angle == 90 ? Matrix.getRotateInstance(Math.PI / 2, 124, top - 100)
                        : Matrix.getRotateInstance(-Math.PI / 2, 116, top - 20));
                cs.showText("RESULT");
                cs.endText();
            }
            doc.save(out.toFile());
        }
        return out;
    }

    @Test
    void should_read_a_label_set_with_vertical_text_direction_in_reading_order() throws IOException {
        for (int angle : new int[] {90, 270}) {
            // GIVEN a label turned to read bottom to top (90) or top to bottom (270) in a cell over three rows
            Path pdf = turnedLabel(angle);
            // WHEN
            Document doc = new PdfSourceReader().read(pdf, pdf.toString());
            // THEN the label reads as written, one cell beside the three rows
            TableBlock table = doc.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast)
                    .findFirst().orElseThrow();
            assertThat(table.grid().rows()).as("angle " + angle).extracting(row -> row.stream()
                            .map(c -> c.spanCopy() ? "^" : c.text()).toList())
                    .containsExactly(List.of("RESULT", "A", "1"), List.of("^", "B", "2"), List.of("^", "C", "3"));
        }
    }

    @Test
    void should_rebuild_a_bordered_table_on_a_page_turned_90_or_270_degrees() throws IOException {
        for (int rotation : new int[] {90, 270}) {
            // GIVEN a landscape table on a turned page
            Path pdf = rotated(rotation);
            // WHEN
            Document doc = new PdfSourceReader().read(pdf, pdf.toString());
            // THEN one table, its cells in reading order
            List<TableBlock> tables = doc.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
            assertThat(tables).as("rotation " + rotation).hasSize(1);
            assertThat(tables.get(0).grid().rows()).as("rotation " + rotation)
                    .extracting(row -> row.stream().map(GridCell::text).toList())
                    .containsExactly(List.of("Label", "Upheld", "Corrected", "Total"), List.of("Review", "2", "1", "3"),
                            List.of("Lawsuit", "4", "0", "4"));
        }
    }
}
