package org.nianbao.audit.history;

import java.util.List;

/**
 * What the history holds about one report: the same agency's report of the year before (or null), reports
 * of that year whose agency may be this one, and other agencies' reports with nearly the same text.
 */
public record ReportHistory(Prior prior, List<Possible> possible, List<Similar> similar) {
    public ReportHistory {
        possible = List.copyOf(possible);
        similar = List.copyOf(similar);
    }

    public static ReportHistory none() {
        return new ReportHistory(null, List.of(), List.of());
    }

    /** The prior year's report with the verdict recorded for it; {@code inBatch} when it came from this batch. */
    public record Prior(ReportSummary summary, String grade, Integer score, boolean inBatch) {
    }

    /** A report of the year before whose agency may be this one, and why. */
    public record Possible(ReportSummary summary, String reason) {
    }

    /** A near-duplicate: exact similarity, how its agency relates to this one, the passages shared. */
    public record Similar(ReportSummary summary, double similarity, AgencyMatch relation, List<Passage> passages) {
        public Similar {
            passages = List.copyOf(passages);
        }
    }
}
