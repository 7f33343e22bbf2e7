package org.nianbao.audit.cli.batch;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.grade.AuditHistory;
import org.nianbao.audit.history.Boilerplate;
import org.nianbao.audit.history.CellValue;
import org.nianbao.audit.history.Passage;
import org.nianbao.audit.history.Passages;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.history.Shingles;
import org.nianbao.audit.history.TextView;
import org.nianbao.audit.history.store.HistorySearch;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.model.TableKind;

/**
 * What the outputs show of a report's history ({@link AuditHistory}): last year's grade, the key figures of
 * both years, and copied passages next to their source. Descriptive only; the rules judged already.
 */
final class AuditHistories {
    /** Key figures an evaluator compares year over year: table, row, column and how the page names them. */
    private static final String[][] FIGURES = {
        {"T2", "R1", "TOT", "表二 本年新收申请"},
        {"T2", "R2", "TOT", "表二 上年结转申请"},
        {"T2", "R3_7", "TOT", "表二 办理结果总计"},
        {"T2", "R4", "TOT", "表二 结转下年度继续办理"},
        {"T1", "reg", "valid", "表一 规章 现行有效件数"},
        {"T1", "norm", "made", "表一 行政规范性文件 本年制发件数"},
        {"T1", "norm", "repealed", "表一 行政规范性文件 本年废止件数"},
        {"T1", "norm", "valid", "表一 行政规范性文件 现行有效件数"},
        {"T3", "RV", "total", "表三 行政复议 总计"},
        {"T3", "LD", "total", "表三 未经复议直接起诉 总计"},
        {"T3", "LR", "total", "表三 复议后起诉 总计"},
    };
    /** A part this alike to last year's is shown next to it. */
    private static final double SHOWN_PART = 0.5;
    private static final int PASSAGES = 3;

    private AuditHistories() {
    }

    static AuditHistory of(AnnualReport report, ReportSummary mine, ReportHistory history, Boilerplate boilerplate) {
        List<AuditHistory.Figure> figures = new ArrayList<>();
        List<AuditHistory.Copy> copies = new ArrayList<>();
        ReportHistory.Prior prior = history.prior();
        Integer year = report.getMetadata().getYear();
        boolean consecutive = prior != null && year != null && prior.summary().year() != null
                && prior.summary().year() == year - 1;
        if (consecutive) {
            for (String[] f : FIGURES) {
                CellValue before = prior.summary().cell(f[0], f[1], f[2]);
                String now = report.table(TableKind.valueOf(f[0])).flatMap(t -> t.cell(f[1], f[2]))
                        .filter(c -> c.getKind() == CellKind.NUMBER).map(Cell::getValue).map(v -> v.toPlainString()).orElse("");
                String was = before != null && before.isNumber() ? before.value().toPlainString() : "";
                if (!now.isEmpty() || !was.isEmpty()) {
                    figures.add(new AuditHistory.Figure(f[3], now, was));
                }
            }
            partFive(report, mine, prior.summary(), boilerplate, copies);
        }
        for (ReportHistory.Similar s : history.similar()) {
            for (Passage p : s.passages()) {
                copies.add(new AuditHistory.Copy("正文与其他机关的报告相同", p.text(), p.line(), p.otherText(),
                        s.summary().agency(), s.summary().year(), s.summary().source(),
                        (int) Math.round(s.similarity() * 100)));
            }
        }
        if (prior == null) {
            return new AuditHistory(null, null, null, null, null, figures, copies);
        }
        return new AuditHistory(prior.summary().year(), prior.summary().agency(), prior.summary().source(),
                prior.grade(), prior.score(), figures, copies);
    }

    private static void partFive(AnnualReport report, ReportSummary mine, ReportSummary last, Boilerplate boilerplate,
                                 List<AuditHistory.Copy> copies) {
        if (mine.section5().isEmpty() || last.section5().isEmpty()) {
            return;
        }
        TextView a = TextView.of(mine.section5());
        TextView b = TextView.of(last.section5());
        double similarity = Shingles.jaccard(Shingles.set(a.view(), boilerplate), Shingles.set(b.view(), boilerplate));
        if (similarity < SHOWN_PART) {
            return;
        }
        int heading = report.section(5).map(s -> s.getHeadingLine()).orElse(0);
        for (Passage p : Passages.common(a, b, boilerplate, HistorySearch.PASSAGE_MIN, PASSAGES)) {
            copies.add(new AuditHistory.Copy("五、存在的主要问题及改进情况与上年报告相同", p.text(), p.line() + heading,
                    p.otherText(), last.agency(), last.year(), last.source(), (int) Math.round(similarity * 100)));
        }
    }
}
