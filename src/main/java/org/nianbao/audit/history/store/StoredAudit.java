package org.nianbao.audit.history.store;

import java.util.Map;

/**
 * The verdict recorded with a report: status ("GRADED", "NOT_ASSESSABLE"), grade and score (null when not
 * graded), and how often each rule fired, with its severity.
 */
public record StoredAudit(String status, String grade, Integer score, Map<String, RuleCount> findings) {
    public StoredAudit {
        findings = Map.copyOf(findings);
    }

    public record RuleCount(String severity, int count) {
    }

    /** A report summarised before it was judged (the batch's first pass): no verdict yet. */
    public static StoredAudit pending() {
        return new StoredAudit(null, null, null, Map.of());
    }
}
