package org.nianbao.audit.history.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.history.Boilerplate;
import org.nianbao.audit.history.CellValue;
import org.nianbao.audit.history.MinHash;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.history.Shingles;

/** Summaries made up for store tests. */
final class Summaries {
    private Summaries() {
    }

    static ReportSummary of(String agencyKey, Integer year, String narrative) {
        int[] sig = MinHash.signature(Shingles.set(Shingles.view(narrative), Boilerplate.none()));
        return new ReportSummary("in/" + agencyKey + "-" + year + ".txt", agencyKey, agencyKey, "DEPARTMENT", year,
                Integer.toHexString((agencyKey + year + narrative).hashCode()), true, "2021",
                List.of(new CellValue("T2", "R4", "TOT", "NUMBER", new BigDecimal(3), "3"),
                        new CellValue("T2", "R2", "NP", "BLANK", null, "")),
                Map.of(5, "abc"), "五的正文：" + narrative, narrative, sig);
    }

    static StoredAudit graded(String grade, int score) {
        return new StoredAudit("GRADED", grade, score, Map.of("TBL-CELLS", new StoredAudit.RuleCount("warning", 2)));
    }
}
