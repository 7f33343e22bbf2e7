package org.nianbao.audit.ingest.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Test-data generator (not a test): lays out a Markdown-pipe report (fixtures/layouts/2021_pipes.md) as a
 * PDF the way a word processor exports one — a title in a large font, indented paragraphs wrapped at the
 * margin, bordered tables ({@code lattice}) or tables aligned without borders ({@code stream}), labels
 * wrapped inside their cells, the first column's long merged label set vertically one character per line,
 * a table that breaks over a page with its header rows repeated, a running header and "- N -" page
 * numbers. The CJK font is embedded as a subset, so the PDFs committed in fixtures/pdf/ read anywhere.
 *
 * <pre>java -cp … ReportPdfWriter fixtures/layouts/2021_pipes.md out.pdf /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc lattice|stream</pre>
 */
public final class ReportPdfWriter {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 72;
    private static final float BODY = 12;
    private static final float CELL = 8;
    private static final float PAD = 3;
    /** Without borders, a word processor's cell margins keep columns apart; the reader needs that gap. */
    private static final float GUTTER = 10;
    private static final String HEADER = "安平市科学技术局政府信息公开工作年度报告";

    private final PDDocument doc;
    private final PDType0Font font;
    private final boolean borders;
    private PDPageContentStream cs;
    private float y;
    private int pages;

    private ReportPdfWriter(PDDocument doc, PDType0Font font, boolean borders) {
        this.doc = doc;
        this.font = font;
        this.borders = borders;
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument()) {
            ReportPdfWriter w = new ReportPdfWriter(doc, font(doc, args[2]), "lattice".equals(args[3]));
            w.write(lines);
            w.cs.close();
            doc.save(Path.of(args[1]).toFile());
        }
    }

    /** A .ttf, or the first font of a .ttc collection (WenQuanYi Zen Hei: Debian's fonts-wqy-zenhei). */
    private static PDType0Font font(PDDocument doc, String path) throws IOException {
        if (!path.endsWith(".ttc")) {
            return PDType0Font.load(doc, Path.of(path).toFile());
        }
        TrueTypeCollection collection = new TrueTypeCollection(Path.of(path).toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return PDType0Font.load(doc, first[0], true);
    }

    private void write(List<String> lines) throws IOException {
        newPage();
        List<List<String>> table = new ArrayList<>();
        boolean first = true;
        for (String line : lines) {
            if (line.startsWith("|")) {
                if (!line.startsWith("|--") && !line.startsWith("|-")) {
                    table.add(fields(line));
                }
                continue;
            }
            if (!table.isEmpty()) {
                table(table);
                table = new ArrayList<>();
            }
            if (line.isBlank()) {
                continue;
            }
            if (first) {
                centered(line, 18);
                first = false;
            } else if (line.matches("^[一二三四五六]、.*")) {
                paragraph(line, 14, false);
            } else {
                paragraph(line, BODY, true);
            }
        }
        if (!table.isEmpty()) {
            table(table);
        }
    }

    private static List<String> fields(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages++;
        cs = new PDPageContentStream(doc, page);
        text(HEADER, (PAGE.getWidth() - width(HEADER, 9)) / 2, PAGE.getHeight() - 40, 9);
        String number = "- " + pages + " -";
        text(number, (PAGE.getWidth() - width(number, 10)) / 2, 40, 10);
        y = PAGE.getHeight() - MARGIN;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void centered(String s, float size) throws IOException {
        need(size * 2);
        y -= size * 1.6f;
        text(s, (PAGE.getWidth() - width(s, size)) / 2, y, size);
        y -= size;
    }

    private void paragraph(String s, float size, boolean indent) throws IOException {
        float textWidth = PAGE.getWidth() - 2 * MARGIN;
        List<String> wrapped = wrap(s, size, textWidth, indent ? 2 * size : 0);
        for (int i = 0; i < wrapped.size(); i++) {
            need(size * 1.8f);
            y -= size * 1.8f;
            text(wrapped.get(i), MARGIN + (i == 0 && indent ? 2 * size : 0), y, size);
        }
        y -= size * 0.4f;
    }

    /** Splits {@code s} into lines no wider than {@code width}, the first {@code indent} narrower. */
    private List<String> wrap(String s, float size, float width, float indent) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float limit = width - indent;
        for (int i = 0; i < s.length(); i++) {
            String next = line.toString() + s.charAt(i);
            boolean inNumber = i > 0 && isNumeral(s.charAt(i)) && isNumeral(s.charAt(i - 1));
            if (width(next, size) > limit && !line.isEmpty() && !inNumber) {
                out.add(line.toString());
                line.setLength(0);
                limit = width;
            }
            line.append(s.charAt(i));
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** A number is never broken over two lines. */
    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    private void table(List<List<String>> rows) throws IOException {
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        float total = PAGE.getWidth() - 2 * MARGIN + 40;
        float left = MARGIN - 20;
        float[] widths = columnWidths(rows, cols, total);
        boolean applicants = rows.get(0).get(0).contains("勾稽关系");
        int headerRows = applicants ? 3 : 0;
        // the first column's label of the 三、本年度办理结果 rows is one merged cell set vertically
        int[] mergedDown = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            int k = r + 1;
            while (k < rows.size() && rows.get(k).get(0).isEmpty()) {
                k++;
            }
            mergedDown[r] = applicants && r >= headerRows && !rows.get(r).get(0).isEmpty() && k - r >= 4 ? k - r : 1;
        }
        float[] heights = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            float h = CELL * 1.4f + 2 * PAD;
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (c == 0 && mergedDown[r] > 1) {
                    continue;
                }
                int n = wrap(rows.get(r).get(c), CELL, textWidth(widths[c]), 0).size();
                h = Math.max(h, n * CELL * 1.4f + 2 * PAD);
            }
            heights[r] = h;
        }
        y -= 6;
        int vertical = 0; // rows left under the vertical label, its text not yet drawn, where its part on this page starts
        String verticalLabel = null;
        float verticalTop = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (y - heights[r] < MARGIN) {
                if (vertical > 0) {
                    verticalLabel = drawVertical(verticalLabel, left, widths[0], verticalTop, y);
                }
                newPage();
                verticalTop = y;
                for (int h = 0; h < headerRows; h++) {
                    row(rows.get(h), widths, left, heights[h], false);
                }
                if (vertical > 0) {
                    verticalTop = y;
                }
            }
            if (mergedDown[r] > 1) {
                verticalLabel = rows.get(r).get(0);
                verticalTop = y;
                vertical = mergedDown[r];
            }
            boolean underVertical = vertical > 0;
            row(rows.get(r), widths, left, heights[r], underVertical);
            if (underVertical && --vertical == 0) {
                drawVertical(verticalLabel, left, widths[0], verticalTop, y);
                verticalLabel = null;
            }
        }
        y -= 10;
    }

    /** The vertical label's characters that fit between {@code top} and {@code bottom}; returns the rest. */
    private String drawVertical(String label, float left, float width, float top, float bottom) throws IOException {
        if (borders) {
            line(left, top, left, bottom);
            line(left, bottom, left + width, bottom);
            line(left, top, left + width, top);
        }
        String chars = label.replace(" ", "");
        int fit = Math.max(1, (int) ((top - bottom - 2 * PAD) / (CELL * 1.5f)));
        String here = chars.substring(0, Math.min(fit, chars.length()));
        float start = (top + bottom) / 2 + here.length() * CELL * 1.5f / 2;
        for (int i = 0; i < here.length(); i++) {
            text(String.valueOf(here.charAt(i)), left + (width - CELL) / 2, start - (i + 1) * CELL * 1.5f, CELL);
        }
        return chars.length() > fit ? chars.substring(fit) : "";
    }

    private void row(List<String> cells, float[] widths, float left, float height, boolean skipFirst) throws IOException {
        float x = left;
        for (int c = 0; c < widths.length; c++) {
            String s = c < cells.size() ? cells.get(c) : "";
            if (!(c == 0 && skipFirst)) {
                if (borders) {
                    rect(x, y - height, widths[c], height);
                }
                List<String> wrapped = wrap(s, CELL, textWidth(widths[c]), 0);
                float ty = y - PAD - CELL;
                for (String w : wrapped) {
                    text(w, x + PAD, ty, CELL);
                    ty -= CELL * 1.4f;
                }
            } else if (borders) {
                line(x + widths[c], y, x + widths[c], y - height);
            }
            x += widths[c];
        }
        y -= height;
    }

    private float textWidth(float column) {
        return column - 2 * PAD - (borders ? 0 : GUTTER);
    }

    private float[] columnWidths(List<List<String>> rows, int cols, float total) throws IOException {
        float[] want = new float[cols];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                want[c] = Math.max(want[c], Math.min(width(row.get(c), CELL) + 2 * PAD, 110));
            }
        }
        float sum = 0;
        for (int c = 0; c < cols; c++) {
            want[c] = Math.max(want[c], 22);
            sum += want[c];
        }
        for (int c = 0; c < cols; c++) {
            want[c] = want[c] * total / sum;
        }
        return want;
    }

    private void rect(float x, float yBottom, float w, float h) throws IOException {
        cs.setLineWidth(0.5f);
        cs.addRect(x, yBottom, w, h);
        cs.stroke();
    }

    private void line(float x0, float y0, float x1, float y1) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }

    private void text(String s, float x, float baseline, float size) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }
}
