package org.nianbao.audit.render.summary;

import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nianbao.audit.render.RenderMessages;

/**
 * Sheet 1, one row per report worst first: the agency (a link to its page), year, grade in its colour,
 * score, the counts, the grade's reason, the main problem, the format and the file relative to its input
 * folder. Widths are fitted to the content, long text wraps.
 */
final class XlsxReportsSheet {
    static final List<String> HEADERS = List.of(RenderMessages.LABEL_AGENCY, RenderMessages.LABEL_YEAR,
            RenderMessages.LABEL_GRADE, RenderMessages.LABEL_SCORE, "严重", "错误", "警告", "提示",
            RenderMessages.LABEL_REASON, RenderMessages.LABEL_MAIN_PROBLEM, RenderMessages.LABEL_TEMPLATE,
            RenderMessages.LABEL_SOURCE, RenderMessages.LABEL_PRIOR_GRADE);
    private static final double[] MAX_WIDTH = {30, 6, 10, 6, 6, 6, 6, 6, 50, 50, 10, 40, 10};
    private static final int FLUSH_EVERY = 512;

    private XlsxReportsSheet() {
    }

    static void write(Workbook wb, BatchSummary summary, List<SummaryRow> ordered, String title) throws java.io.IOException {
        Worksheet ws = wb.newWorksheet(RenderMessages.SHEET_REPORTS);
        int[] widest = new int[HEADERS.size()];
        for (int c = 0; c < HEADERS.size(); c++) {
            widest[c] = TextWidth.of(HEADERS.get(c)) + 2; // room for the filter button
        }
        for (SummaryRow r : ordered) {
            String[] texts = texts(summary, r);
            for (int c = 0; c < texts.length; c++) {
                widest[c] = Math.max(widest[c], TextWidth.of(texts[c]));
            }
        }
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.width(c, TextWidth.fit(widest[c], MAX_WIDTH[c]));
        }
        XlsxCells.title(ws, title, HEADERS.size() - 1);
        XlsxCells.header(ws, HEADERS);
        int row = XlsxCells.FIRST_ROW;
        for (SummaryRow r : ordered) {
            String[] t = texts(summary, r);
            String page = summary.writes("html") ? r.file("html") : null;
            if (page != null) {
                XlsxCells.link(ws, row, 0, IndexView.href(page), t[0]);
            } else {
                XlsxCells.text(ws, row, 0, t[0], false, true);
            }
            XlsxCells.number(ws, row, 1, r.year());
            XlsxCells.grade(ws, row, 2, r.grade(), t[2]);
            XlsxCells.number(ws, row, 3, r.score());
            XlsxCells.number(ws, row, 4, r.critical());
            XlsxCells.number(ws, row, 5, r.error());
            XlsxCells.number(ws, row, 6, r.warning());
            XlsxCells.number(ws, row, 7, r.info());
            XlsxCells.text(ws, row, 8, t[8], false, true);
            XlsxCells.text(ws, row, 9, t[9], false, true);
            XlsxCells.text(ws, row, 10, t[10], false, false);
            XlsxCells.text(ws, row, 11, t[11], false, true);
            if (r.priorYear() != null) {
                XlsxCells.grade(ws, row, 12, r.priorGrade(), t[12]);
            }
            if (row++ % FLUSH_EVERY == 0) {
                ws.flush();
            }
        }
        ws.finish(); // fastexcel streams one sheet at a time: close this one before the next writes
    }

    /** The texts of a row (numbers as text, for fitting the widths). */
    private static String[] texts(BatchSummary summary, SummaryRow r) {
        return new String[] {r.agency() == null || r.agency().isBlank() ? RenderMessages.UNKNOWN : r.agency(),
            r.year() == null ? "" : r.year().toString(), RenderMessages.grade(r.grade()),
            r.score() == null ? "" : r.score().toString(), Integer.toString(r.critical()), Integer.toString(r.error()),
            Integer.toString(r.warning()), Integer.toString(r.info()), r.reason(), r.topFinding(),
            r.template() == null ? "" : r.template(), summary.shownSource(r),
            r.priorYear() == null ? "" : RenderMessages.grade(r.priorGrade())};
    }
}
