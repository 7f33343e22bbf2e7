package org.nianbao.audit.render.summary;

import java.util.Map;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.finding.Severity;

/**
 * The few facts of one report the batch keeps in memory (the findings themselves are streamed to disk).
 * {@code stem} is the output file name without extension, null when no per-report file was written.
 */
public record SummaryRow(int index, String source, String stem, String agency, Integer year, String template,
                         String status, Integer score, String grade, String reason,
                         int critical, int error, int warning, int info) {

    public static SummaryRow of(int index, Audit audit, String stem) {
        Map<Severity, Integer> c = audit.countsBySeverity();
        return new SummaryRow(index, audit.getSource(), stem, audit.getAgency(), audit.getYear(),
                audit.getTemplate(), audit.getStatus().id(), audit.getScore(), audit.getGrade(),
                audit.getGradeReason(), c.get(Severity.CRITICAL), c.get(Severity.ERROR),
                c.get(Severity.WARNING), c.get(Severity.INFO));
    }

    public SummaryRow withStem(String newStem) {
        return new SummaryRow(index, source, newStem, agency, year, template, status, score, grade, reason,
                critical, error, warning, info);
    }

    public boolean graded() {
        return grade != null;
    }

    public int total() {
        return critical + error + warning + info;
    }

    /** The count for one severity. */
    public int count(Severity s) {
        return switch (s) {
            case CRITICAL -> critical;
            case ERROR -> error;
            case WARNING -> warning;
            case INFO -> info;
        };
    }

    /** The output file with the given extension, or null when none was written. */
    public String file(String extension) {
        return stem == null ? null : stem + "." + extension;
    }
}
