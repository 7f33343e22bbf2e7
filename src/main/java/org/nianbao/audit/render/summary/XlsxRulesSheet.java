package org.nianbao.audit.render.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nianbao.audit.render.RenderMessages;

/**
 * Sheet 3, one row per rule that was run (fired or not): how many reports and spots it found, most severe
 * first, then by reach, the way index.html ranks problems. Each rule id links to its row in the catalogue.
 */
final class XlsxRulesSheet {
    static final List<String> HEADERS = List.of(RenderMessages.LABEL_RULE, RenderMessages.LABEL_TITLE,
            RenderMessages.LABEL_SEVERITY, RenderMessages.LABEL_CATEGORY, RenderMessages.LABEL_AGENCIES,
            RenderMessages.LABEL_FINDINGS, RenderMessages.LABEL_BASIS);
    private static final double[] MAX_WIDTH = {18, 40, 10, 16, 10, 8, 60};

    private XlsxRulesSheet() {
    }

    static void write(Workbook wb, BatchSummary summary, String title) throws java.io.IOException {
        Worksheet ws = wb.newWorksheet(RenderMessages.SHEET_RULES);
        List<RuleTally.Entry> entries = entries(summary);
        int[] widest = new int[HEADERS.size()];
        for (int c = 0; c < HEADERS.size(); c++) {
            widest[c] = TextWidth.of(HEADERS.get(c)) + 2;
        }
        for (RuleTally.Entry e : entries) {
            String[] t = texts(e);
            for (int c = 0; c < t.length; c++) {
                widest[c] = Math.max(widest[c], TextWidth.of(t[c]));
            }
        }
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.width(c, TextWidth.fit(widest[c], MAX_WIDTH[c]));
        }
        XlsxCells.title(ws, title, HEADERS.size() - 1);
        XlsxCells.header(ws, HEADERS);
        int r = XlsxCells.FIRST_ROW;
        boolean catalogue = summary.writes("html");
        for (RuleTally.Entry e : entries) {
            String[] t = texts(e);
            if (catalogue) {
                XlsxCells.link(ws, r, 0, RuleCatalogue.FILE_NAME + "#" + IndexView.href(e.rule()), e.rule());
            } else {
                XlsxCells.text(ws, r, 0, e.rule(), false, false);
            }
            XlsxCells.text(ws, r, 1, t[1], false, true);
            XlsxCells.severity(ws, r, 2, e.severity(), t[2]);
            XlsxCells.text(ws, r, 3, t[3], false, false);
            XlsxCells.number(ws, r, 4, e.reports());
            XlsxCells.number(ws, r, 5, e.findings());
            XlsxCells.text(ws, r, 6, t[6], false, true);
            r++;
        }
        ws.finish();
    }

    /** Every rule that was run with its counts (0 when it never fired), plus any rule that fired outside the set. */
    static List<RuleTally.Entry> entries(BatchSummary summary) {
        Map<String, RuleTally.Entry> fired = new HashMap<>();
        summary.tally().byRule().forEach(e -> fired.put(e.rule(), e));
        List<RuleTally.Entry> all = new ArrayList<>();
        for (RuleDescription d : summary.ruleSet()) {
            RuleTally.Entry e = fired.remove(d.id());
            all.add(e != null ? e : new RuleTally.Entry(d.id(), d.title(), d.severity(), d.category(), d.basis(), 0, 0));
        }
        all.addAll(fired.values());
        all.sort(RuleTally.SEVERITY_THEN_REACH);
        return all;
    }

    private static String[] texts(RuleTally.Entry e) {
        return new String[] {e.rule(), e.title(), RenderMessages.severity(e.severity()), RenderMessages.category(e.category()),
            Integer.toString(e.reports()), Integer.toString(e.findings()), e.basis()};
    }
}
