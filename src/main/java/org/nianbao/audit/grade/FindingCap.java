package org.nianbao.audit.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.finding.Finding;

/**
 * Keeps the outputs of a report readable and bounded when one rule fires on many spots (a page stuffed
 * with 6,000 lines of spam): each rule keeps its first {@link #PER_RULE} findings in written order, and the
 * last one kept says how many more there were. Applied after scoring, so the score and the grade reason
 * count every finding.
 */
final class FindingCap {
    /** Enough to see a pattern; beyond it a clerk reads a count. */
    static final int PER_RULE = 100;

    private FindingCap() {
    }

    /** {@code findings} in {@link Finding#ORDER}; returns them in the same order, capped per rule. */
    static List<Finding> cap(List<Finding> findings) {
        Map<String, Integer> total = new HashMap<>();
        findings.forEach(f -> total.merge(f.getRule(), 1, Integer::sum));
        if (total.values().stream().allMatch(n -> n <= PER_RULE)) {
            return findings;
        }
        Map<String, Integer> kept = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            int n = kept.merge(f.getRule(), 1, Integer::sum);
            int all = total.get(f.getRule());
            if (n < PER_RULE || all <= PER_RULE) {
                out.add(f);
            } else if (n == PER_RULE) {
                out.add(withMessage(f, GradeMessages.moreOfTheSame(f.getMessage(), all - PER_RULE)));
            }
        }
        return out;
    }

    private static Finding withMessage(Finding f, String message) {
        return Finding.builder().rule(f.getRule()).category(f.getCategory()).severity(f.getSeverity())
                .origin(f.getOrigin()).title(f.getTitle()).message(message).basis(f.getBasis())
                .evidence(f.getEvidence()).line(f.getLine()).section(f.getSection()).table(f.getTable())
                .row(f.getRow()).column(f.getColumn()).reported(f.getReported()).expected(f.getExpected())
                .cells(f.getCells()).build();
    }
}
