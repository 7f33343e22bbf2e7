package org.nianbao.audit.render.summary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many reports got each grade, and how many could not be assessed. */
public record GradeCounts(Map<String, Integer> byGrade, int notAssessable) {
    public static final List<String> GRADES = List.of("A", "B", "C", "D");

    public static GradeCounts of(List<SummaryRow> rows) {
        Map<String, Integer> by = new TreeMap<>();
        GRADES.forEach(g -> by.put(g, 0));
        int na = 0;
        for (SummaryRow r : rows) {
            if (r.graded()) {
                by.merge(r.grade(), 1, Integer::sum);
            } else {
                na++;
            }
        }
        return new GradeCounts(by, na);
    }

    public int count(String grade) {
        return byGrade.getOrDefault(grade, 0);
    }
}
