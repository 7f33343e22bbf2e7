package org.nianbao.audit.render.summary;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.render.AuditJson;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.SampleAudits;

/** A small batch held in memory: a hostile graded report, a clean one and an unreadable file. */
final class SampleBatch {
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

    private static BatchSummary of(Path scratch, List<Audit> audits) {
        List<SummaryRow> rows = new ArrayList<>();
        List<List<FindingRecord>> findings = new ArrayList<>();
        RuleTally tally = new RuleTally();
        for (int i = 0; i < audits.size(); i++) {
            Audit a = audits.get(i);
            rows.add(SummaryRow.of(i, a, "stem" + i));
            findings.add(records(a));
            tally.add(a.getFindings());
        }
        FindingSource source = visitor -> {
            for (int i = 0; i < rows.size(); i++) {
                visitor.visit(rows.get(i), findings.get(i));
            }
        };
        return new BatchSummary(rows, tally, source, List.of("json", "html"), scratch);
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
