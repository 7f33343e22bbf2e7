package org.nianbao.audit.render.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * summary.csv: UTF-8 with BOM (so Chinese Excel opens it), RFC 4180 quoting with CRLF, one row per report in
 * input order; its 输出文件 is the agency page when pages were written.
 */
public final class CsvSummaryRenderer implements BatchRenderer {
    private static final char BOM = '\uFEFF';

    @Override
    public String fileName() {
        return "summary.csv";
    }

    @Override
    public void render(BatchSummary summary, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        writeRow(w, List.copyOf(SummaryColumns.HEADERS));
        for (SummaryRow row : summary.rows()) {
            writeRow(w, SummaryColumns.values(row, summary.pageOf(row)));
        }
        w.flush();
    }

    private static void writeRow(Writer w, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object v = values.get(i);
            if (v instanceof Number n) {
                w.write(n.toString());
            } else if (v != null) {
                w.write(quote(SpreadsheetText.neutralize(v.toString())));
            }
        }
        w.write("\r\n");
    }

    /** RFC 4180: quote when the field holds a comma, quote, CR or LF; double inner quotes. */
    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
