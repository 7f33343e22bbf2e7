package org.nianbao.audit.render.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.audit.grade.GradingPolicy;

/**
 * Worst first, the way a clerk works through a batch: the worst grade (D before C…), then the lowest score,
 * then the most critical findings, then the most errors; input order breaks ties. Reports that could not be
 * assessed come after all graded ones, as a group of their own: they cannot be ranked, "worst first" must
 * mean worst found, and index.html lists them again in a section of their own, linked from the header
 * counts, so they are never missed.
 */
final class TriageOrder {
    private TriageOrder() {
    }

    static Comparator<SummaryRow> comparator(GradingPolicy policy) {
        return Comparator.comparing((SummaryRow r) -> !r.graded())
                .thenComparing(Comparator.comparingInt((SummaryRow r) -> badness(r.grade(), policy)).reversed())
                .thenComparingInt(r -> r.score() == null ? Integer.MAX_VALUE : r.score())
                .thenComparing(Comparator.comparingInt(SummaryRow::critical).reversed())
                .thenComparing(Comparator.comparingInt(SummaryRow::error).reversed())
                .thenComparingInt(SummaryRow::index);
    }

    /** The rows, worst first. */
    static List<SummaryRow> sort(List<SummaryRow> rows, GradingPolicy policy) {
        List<SummaryRow> sorted = new ArrayList<>(rows);
        sorted.sort(comparator(policy));
        return sorted;
    }

    /** Higher is worse: the grade's place in the policy's bands (best first), else its letter (D after A). */
    private static int badness(String grade, GradingPolicy policy) {
        if (grade == null) {
            return -1;
        }
        if (policy != null) {
            List<GradingPolicy.Band> bands = policy.bands();
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i).grade().equals(grade)) {
                    return i;
                }
            }
        }
        return grade.isEmpty() ? 0 : grade.charAt(0);
    }
}
