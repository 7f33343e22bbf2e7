package org.nianbao.audit.render.summary;

import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nianbao.audit.render.RenderMessages;

/**
 * Sheet 2, one row per finding, the reports worst first: every value in Chinese (severity, category, origin),
 * where the evidence is by the template's own labels, the quote and its offending words, the compared values
 * with the rule's names for them, the cells by their labels, and the rules merged into the finding. Streamed
 * (inline strings, periodic flushes); widths are fitted on the first reports. A batch with more findings than
 * a sheet holds ends with a note.
 */
final class XlsxFindingsSheet {
    static final List<String> HEADERS = List.of(RenderMessages.LABEL_AGENCY, RenderMessages.LABEL_YEAR,
            RenderMessages.LABEL_GRADE, RenderMessages.LABEL_SEVERITY, RenderMessages.LABEL_CATEGORY,
            RenderMessages.LABEL_RULE, RenderMessages.LABEL_TITLE, RenderMessages.LABEL_MESSAGE,
            RenderMessages.LABEL_ALSO, RenderMessages.LABEL_WHERE, RenderMessages.LABEL_EVIDENCE,
            RenderMessages.LABEL_HIGHLIGHTS, RenderMessages.LABEL_REPORTED, RenderMessages.LABEL_EXPECTED,
            RenderMessages.LABEL_CELLS, RenderMessages.LABEL_ORIGIN, RenderMessages.LABEL_BASIS);
    private static final double[] MAX_WIDTH = {24, 6, 8, 8, 14, 16, 30, 50, 40, 40, 60, 20, 26, 26, 40, 12, 40};
    private static final boolean[] WRAP = {true, false, false, false, false, false, true, true, true, true, true,
        true, true, true, true, false, true};
    /** Reports read for fitting the widths: enough to be representative, few enough to cost nothing. */
    private static final int FIT_SAMPLE = 1_000;
    private static final int FLUSH_EVERY = 256;

    private XlsxFindingsSheet() {
    }

    static void write(Workbook wb, BatchSummary summary, List<SummaryRow> ordered, String title) throws IOException {
        Worksheet ws = wb.newWorksheet(RenderMessages.SHEET_FINDINGS);
        int[] widest = new int[HEADERS.size()];
        for (int c = 0; c < HEADERS.size(); c++) {
            widest[c] = TextWidth.of(HEADERS.get(c)) + 2;
        }
        summary.findings().forEach(ordered.subList(0, Math.min(FIT_SAMPLE, ordered.size())), (row, findings) -> {
            for (FindingRecord f : findings) {
                String[] t = texts(row, f);
                for (int c = 0; c < t.length; c++) {
                    widest[c] = Math.max(widest[c], TextWidth.of(t[c]));
                }
            }
        });
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.width(c, TextWidth.fit(widest[c], MAX_WIDTH[c]));
        }
        XlsxCells.title(ws, title, HEADERS.size() - 1);
        XlsxCells.header(ws, HEADERS);
        int[] next = {XlsxCells.FIRST_ROW};
        int[] reports = {0};
        summary.findings().forEach(ordered, (row, findings) -> {
            for (FindingRecord f : findings) {
                if (next[0] == Worksheet.MAX_ROWS - 1) {
                    ws.inlineString(next[0]++, 0, RenderMessages.SHEET_FULL);
                }
                if (next[0] < Worksheet.MAX_ROWS) {
                    write(ws, next[0]++, row, f);
                }
            }
            if (++reports[0] % FLUSH_EVERY == 0) {
                ws.flush();
            }
        });
        ws.finish();
    }

    private static void write(Worksheet ws, int r, SummaryRow row, FindingRecord f) {
        String[] t = texts(row, f);
        for (int c = 0; c < t.length; c++) {
            if (c == 1) {
                XlsxCells.number(ws, r, c, row.year());
            } else if (c == 2) {
                XlsxCells.grade(ws, r, c, row.grade(), t[c]);
            } else if (c == 3) {
                XlsxCells.severity(ws, r, c, f.severity(), t[c]);
            } else {
                XlsxCells.text(ws, r, c, t[c], true, WRAP[c] && TextWidth.of(t[c]) > MAX_WIDTH[c] - 2);
            }
        }
    }

    static String[] texts(SummaryRow row, FindingRecord f) {
        return new String[] {row.agency() == null || row.agency().isBlank() ? RenderMessages.UNKNOWN : row.agency(),
            row.year() == null ? "" : row.year().toString(), RenderMessages.grade(row.grade()),
            RenderMessages.severity(f.severity()), RenderMessages.category(f.category()), f.rule(), f.title(),
            f.message(), also(f), f.where(), f.evidence(), String.join("、", f.highlights()),
            RenderMessages.labelled(label(f.reportedLabel(), RenderMessages.LABEL_REPORTED), f.reported()),
            RenderMessages.labelled(label(f.expectedLabel(), RenderMessages.LABEL_EXPECTED), f.expected()),
            String.join("\n", f.cellLabels()), RenderMessages.origin(f.origin()), f.basis()};
    }

    private static String also(FindingRecord f) {
        StringBuilder s = new StringBuilder();
        for (FindingRecord.AlsoRule a : f.alsoRules()) {
            s.append(s.isEmpty() ? "" : "\n").append(a.rule()).append(' ').append(a.title()).append('：').append(a.message());
        }
        return s.toString();
    }

    private static String label(String given, String fallback) {
        return given == null ? fallback : given;
    }
}
