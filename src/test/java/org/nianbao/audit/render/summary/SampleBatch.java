package org.nianbao.audit.render.summary;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.AuditJson;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.SampleAudits;

/** A small batch held in memory: a hostile graded report, a clean one and an unreadable file. */
final class SampleBatch {
    /**
     * The rule set "run" on the sample: two rules that fire, two that never do (one sorting before the
     * fired ones); EXTRACT-GLUED fires without being in it.
     */
    static final List<RuleDescription> RULE_SET = List.of(
            RuleDescription.of("ARITH-T1-SUM", "表一合计与各项之和不符", Severity.WARNING, Category.ARITHMETIC, "表一勾稽关系"),
            RuleDescription.of("ARITH-T2-TOTAL", "表二总计与各列之和不符", Severity.ERROR, Category.ARITHMETIC, "表二勾稽关系"),
            RuleDescription.of("CONTAM-SPAM", "网页被植入赌博类垃圾信息", Severity.CRITICAL, Category.CONTAMINATION,
                    "《中华人民共和国政府信息公开条例》第六条"),
            RuleDescription.of("TIME-LATE", "未在1月31日前公布年度报告", Severity.ERROR, Category.TIMELINESS,
                    "《中华人民共和国政府信息公开条例》第四十九条"));

    private SampleBatch() {
    }

    static BatchSummary of(Path scratch) {
        return of(scratch, List.of(SampleAudits.hostile(),
                SampleAudits.graded("in/001.txt", "=cmd|' /C calc'!A0", 2023, List.of()),
                SampleAudits.notAssessable("in/empty.txt")));
    }

    /** {@code n} hostile reports: enough to make the streaming renderers flush several times. */
    static BatchSummary many(Path scratch, int n) {
        List<Audit> audits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            audits.add(SampleAudits.hostile());
        }
        return of(scratch, audits);
    }

    /** The same batch as run with {@code context}. */
    static BatchSummary withContext(BatchSummary s, RunContext context) {
        return new BatchSummary(s.rows(), s.tally(), s.findings(), s.perReportExtensions(), s.scratch(), s.ruleSet(),
                context, s.policy());
    }

    static BatchSummary of(Path scratch, List<Audit> audits) {
        List<SummaryRow> rows = new ArrayList<>();
        List<List<FindingRecord>> findings = new ArrayList<>();
        RuleTally tally = new RuleTally();
        for (int i = 0; i < audits.size(); i++) {
            Audit a = audits.get(i);
            rows.add(SummaryRow.of(i, a, "stem" + i));
            findings.add(records(a));
            tally.add(a.getFindings());
        }
        FindingSource source = row -> findings.get(row.index());
        return new BatchSummary(rows, tally, source, List.of("json", "html"), scratch, RULE_SET);
    }

    private static List<FindingRecord> records(Audit a) {
        try {
            byte[] json = JsonSupport.compact(AuditJson.findings(a.getFindings()));
            return JsonSupport.MAPPER.readValue(json, new TypeReference<List<FindingRecord>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
