package org.nianbao.audit.render.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.nianbao.audit.render.RenderMessages;
import org.nianbao.audit.render.ToolVersion;

/**
 * summary.xlsx, fit to circulate: sheet 1 the reports worst first (grade colours, links to the agency
 * pages), sheet 2 every finding with its evidence in words, sheet 3 the counts per rule. Every sheet opens
 * with a title row naming the batch, the run date and the rules, then a frozen header row with a filter.
 * Values are Chinese; codes only where they are identifiers (rule ids). Report text is always a string cell
 * (never a formula). fastexcel stamps the zip entries and docProps/core.xml with the current time, so the
 * workbook goes through {@link DeterministicZip}; the run date in the title rows is the one part that differs
 * between runs ({@link RunContext}).
 */
public final class XlsxSummaryRenderer implements BatchRenderer {
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
        List<SummaryRow> ordered = TriageOrder.sort(summary.rows(), summary.policy());
        RunContext c = summary.context();
        String inputs = RunHeader.inputs(c);
        String rules = RunHeader.rules(c.rules());
        XlsxReportsSheet.write(wb, summary, ordered,
                RenderMessages.sheetTitle(RenderMessages.SHEET_REPORTS, inputs, c.shownTime() + c.zoneLabel(), c.files(), rules));
        XlsxFindingsSheet.write(wb, summary, ordered,
                RenderMessages.sheetTitle(RenderMessages.SHEET_FINDINGS, inputs, c.shownTime() + c.zoneLabel(), c.files(), rules));
        XlsxRulesSheet.write(wb, summary,
                RenderMessages.sheetTitle(RenderMessages.SHEET_RULES, inputs, c.shownTime() + c.zoneLabel(), c.files(), rules));
        wb.finish();
    }
}
