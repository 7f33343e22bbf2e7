package org.nianbao.audit.grade;

import java.util.List;

/**
 * What the history showed about a report, for the outputs: the same agency's report of the year before (its
 * grade, and the key figures of both years side by side) and the passages copied from last year or from
 * another agency, each next to its source. Every field may be empty: a report without a prior year still may
 * have copies.
 *
 * @param priorYear   the prior report's year, null when there is none
 * @param priorSource its file, as its audit named it
 * @param priorGrade  its grade (A–D), null when it was not graded
 * @param figures     key figures of both years (empty without a prior year)
 * @param copies      passages found in another report
 */
public record AuditHistory(Integer priorYear, String priorAgency, String priorSource, String priorGrade,
                           Integer priorScore, List<Figure> figures, List<Copy> copies) {
    public AuditHistory {
        figures = List.copyOf(figures);
        copies = List.copyOf(copies);
    }

    /** One key figure: its name, this year's and last year's value as printed ("" when not printed). */
    public record Figure(String label, String now, String before) {
        /** True when both years print it and the values differ. */
        public boolean changed() {
            return !now.isEmpty() && !before.isEmpty() && !now.equals(before);
        }
    }

    /**
     * A passage found in another report: what it is ("五、存在的主要问题及改进情况" as last year's, or the whole
     * text as another agency's), this report's text and line, the other's text, agency, year and file, and how
     * alike the two texts are (0–100).
     */
    public record Copy(String what, String text, int line, String otherText, String otherAgency, Integer otherYear,
                       String otherSource, int percent) {
    }

    public boolean hasPrior() {
        return priorYear != null;
    }
}
