package org.nianbao.audit.render.summary;

import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Worksheet;

/**
 * The few ways the workbook writes a cell: a title row across the sheet, a header row (bold, shaded,
 * frozen, with a filter), text (always a string cell, never a formula, optionally wrapped), a link to a
 * page next to the workbook, and a grade in its colour. Colours are ARGB, as OOXML wants them.
 */
final class XlsxCells {
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;
    private static final Map<String, String> GRADE_FILLS = Map.of(
            "A", "FF1A7F37", "B", "FF0969DA", "C", "FFBF8700", "D", "FFCF222E");
    private static final String NA_FILL = "FF6E7781";
    private static final Map<String, String> SEVERITY_FONTS = Map.of(
            "critical", "FFA40E26", "error", "FFBC4C00", "warning", "FF7D4E00", "info", "FF57606A");

    private XlsxCells() {
    }

    /** Row 0: one line naming the sheet, the batch and the date, across every column. */
    static void title(Worksheet ws, String text, int lastColumn) {
        ws.value(TITLE_ROW, 0, SpreadsheetText.xmlSafe(text));
        ws.range(TITLE_ROW, 0, TITLE_ROW, lastColumn).merge();
        ws.style(TITLE_ROW, 0).bold().fontSize(13).set();
        ws.rowHeight(TITLE_ROW, 22);
    }

    /** Row 1: the headers, bold on grey; the panes freeze below them and the filter sits on them. */
    static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(HEADER_ROW, c, headers.get(c));
        }
        ws.range(HEADER_ROW, 0, HEADER_ROW, headers.size() - 1).style().bold().fillColor("FFEAEEF2")
                .wrapText(true).verticalAlignment("center").set();
        ws.freezePane(1, FIRST_ROW);
        ws.setAutoFilter(HEADER_ROW, 0, headers.size() - 1);
    }

    /**
     * A text cell: always a string cell (never a formula, so "=HYPERLINK(…)" from a contaminated page stays
     * text and needs no visible apostrophe), XML-safe. {@code inline} keeps it out of the shared string table
     * (the findings sheet: fastexcel holds that table in memory for the whole workbook).
     */
    static void text(Worksheet ws, int r, int c, String s, boolean inline, boolean wrap) {
        if (s == null || s.isEmpty()) {
            return;
        }
        String safe = SpreadsheetText.xmlSafe(s);
        if (inline) {
            ws.inlineString(r, c, safe);
        } else {
            ws.value(r, c, safe);
        }
        if (wrap) {
            ws.style(r, c).wrapText(true).verticalAlignment("top").set();
        }
    }

    static void number(Worksheet ws, int r, int c, Number n) {
        if (n != null) {
            ws.value(r, c, n);
        }
    }

    /** A link to a file next to the workbook (an agency page, the rule catalogue), blue and underlined. */
    static void link(Worksheet ws, int r, int c, String href, String text) {
        ws.hyperlink(r, c, new HyperLink(href, SpreadsheetText.xmlSafe(text)));
        ws.style(r, c).fontColor("FF0563C1").underlined().verticalAlignment("top").set();
    }

    /** A grade in its colour (A green … D red, 不可评估 grey), white bold, centred. */
    static void grade(Worksheet ws, int r, int c, String grade, String shown) {
        ws.value(r, c, shown);
        ws.style(r, c).fillColor(grade == null ? NA_FILL : GRADE_FILLS.getOrDefault(grade, NA_FILL)).fontColor("FFFFFFFF")
                .bold().horizontalAlignment("center").verticalAlignment("top").set();
    }

    /** A severity in Chinese, coloured like the pages. */
    static void severity(Worksheet ws, int r, int c, String id, String shown) {
        ws.value(r, c, shown);
        ws.style(r, c).fontColor(SEVERITY_FONTS.getOrDefault(id, "FF1F2328")).bold().verticalAlignment("top").set();
    }
}
