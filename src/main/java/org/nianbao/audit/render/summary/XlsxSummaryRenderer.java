package org.nianbao.audit.render.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nianbao.audit.render.RenderMessages;
import org.nianbao.audit.render.ToolVersion;

/**
 * summary.xlsx: sheet 1 one row per report, sheet 2 one row per finding; header row frozen, autofilter on.
 * Report text is always written as a string cell (never a formula); finding text goes inline rather than
 * into the shared-string table, which fastexcel keeps in memory for the whole workbook. A batch with more
 * findings than a sheet holds ends sheet 2 with a note. fastexcel stamps the zip entries and
 * docProps/core.xml with the current time, so the workbook goes through {@link DeterministicZip}.
 */
public final class XlsxSummaryRenderer implements BatchRenderer {
    private static final List<String> FINDING_HEADERS = List.of(RenderMessages.LABEL_SOURCE,
            RenderMessages.LABEL_AGENCY, RenderMessages.LABEL_YEAR, RenderMessages.LABEL_RULE,
            RenderMessages.LABEL_TITLE, RenderMessages.LABEL_SEVERITY, RenderMessages.LABEL_CATEGORY,
            RenderMessages.LABEL_ORIGIN, RenderMessages.LABEL_SECTION, RenderMessages.LABEL_LINE,
            RenderMessages.LABEL_MESSAGE, RenderMessages.LABEL_BASIS, RenderMessages.LABEL_EVIDENCE,
            RenderMessages.LABEL_TABLE, RenderMessages.LABEL_ROW, RenderMessages.LABEL_COLUMN,
            RenderMessages.LABEL_REPORTED, RenderMessages.LABEL_EXPECTED, RenderMessages.LABEL_CELLS);

    /** Rows are streamed to the file in blocks so a 100k-report batch does not sit in memory. */
    private static final int FLUSH_EVERY = 512;

    @Override
    public String fileName() {
        return "summary.xlsx";
    }

    @Override
    public void render(BatchSummary summary, OutputStream out) throws IOException {
        Path raw = Files.createTempFile(summary.scratch(), ".tmp-xlsx-", ".part");
        try {
            try (OutputStream rawOut = Files.newOutputStream(raw)) {
                writeWorkbook(summary, rawOut);
            }
            DeterministicZip.rewrite(raw, out);
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private static void writeWorkbook(BatchSummary summary, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, ToolVersion.NAME, "1.0");
        Worksheet reports = wb.newWorksheet(RenderMessages.SHEET_REPORTS);
        header(reports, SummaryColumns.HEADERS);
        int r = 1;
        for (SummaryRow row : summary.rows()) {
            List<Object> values = SummaryColumns.values(row, summary.fileOf(row));
            for (int c = 0; c < values.size(); c++) {
                cell(reports, r, c, values.get(c));
            }
            if (r++ % FLUSH_EVERY == 0) {
                reports.flush();
            }
        }
        reports.finish(); // fastexcel streams one sheet at a time: close sheet 1 before sheet 2 writes

        Worksheet details = wb.newWorksheet(RenderMessages.SHEET_FINDINGS);
        header(details, FINDING_HEADERS);
        int[] next = {1};
        summary.findings().forEach((row, findings) -> {
            for (FindingRecord f : findings) {
                if (next[0] == Worksheet.MAX_ROWS - 1) {
                    details.inlineString(next[0]++, 0, RenderMessages.SHEET_FULL);
                }
                if (next[0] < Worksheet.MAX_ROWS) {
                    findingRow(details, next[0]++, row, f);
                }
            }
            if (row.index() % FLUSH_EVERY == 0) {
                details.flush();
            }
        });
        wb.finish();
    }

    private static void findingRow(Worksheet ws, int r, SummaryRow row, FindingRecord f) {
        Object[] v = {row.source(), row.agency(), row.year(), f.rule(), f.title(), f.severity(), f.category(),
            RenderMessages.origin(f.origin()), RenderMessages.section(f.section()), f.line() > 0 ? f.line() : null,
            f.message(), f.basis(), f.evidence(), f.table(), f.row(), f.column(), f.reported(), f.expected(),
            f.cells().isEmpty() ? null : String.join("，", f.cells())};
        for (int c = 0; c < v.length; c++) {
            if (v[c] instanceof Number n) {
                ws.value(r, c, n);
            } else if (v[c] != null) {
                ws.inlineString(r, c, SpreadsheetText.xmlSafe(v[c].toString()));
            }
        }
    }

    /** Header row, frozen pane, filter and widths: set before the first flush writes the sheet's head. */
    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.width(c, 18);
        }
        ws.range(0, 0, 0, headers.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, headers.size() - 1);
    }

    /** Numbers as numbers; everything else as a (never formula) string cell. */
    private static void cell(Worksheet ws, int r, int c, Object v) {
        if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v != null) {
            ws.value(r, c, SpreadsheetText.xmlSafe(v.toString()));
        }
    }
}
