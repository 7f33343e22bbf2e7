package org.nianbao.audit.render.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.FindingText;

/**
 * The few facts of one report the batch keeps in memory (the findings themselves are streamed to disk).
 * {@code stem} is the output file name without extension, null when no per-report file was written.
 * {@code topFinding} is the report's most severe problem in one line (title and where), empty when it has
 * none worse than info; {@code rules} are the ids of every rule that fired on it, sorted (for filtering).
 */
public record SummaryRow(int index, String source, String stem, String agency, Integer year, String template,
                         String status, Integer score, String grade, String reason,
                         int critical, int error, int warning, int info, String topFinding, List<String> rules,
                         Integer priorYear, String priorGrade) {

    public SummaryRow {
        topFinding = topFinding == null ? "" : topFinding;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static SummaryRow of(int index, Audit audit, String stem) {
        Map<Severity, Integer> c = audit.countsBySeverity();
        TreeSet<String> rules = new TreeSet<>();
        audit.getFindings().forEach(f -> rules.addAll(f.rules()));
        return new SummaryRow(index, audit.getSource(), stem, audit.getAgency(), audit.getYear(),
                audit.getTemplate(), audit.getStatus().id(), audit.getScore(), audit.getGrade(),
                audit.getGradeReason(), c.get(Severity.CRITICAL), c.get(Severity.ERROR),
                c.get(Severity.WARNING), c.get(Severity.INFO), topFinding(audit), List.copyOf(rules),
                audit.getHistory() == null ? null : audit.getHistory().priorYear(),
                audit.getHistory() == null ? null : audit.getHistory().priorGrade());
    }

    /** "网页被植入赌博类垃圾信息（第1行）": the first of the most severe report findings, warning or worse. */
    static String topFinding(Audit audit) {
        Optional<Finding> top = audit.getFindings().stream()
                .filter(f -> f.getOrigin() == Origin.REPORT && f.getSeverity().atLeast(Severity.WARNING))
                .min(Comparator.comparing(Finding::getSeverity).thenComparing(Finding.ORDER));
        if (top.isEmpty()) {
            return "";
        }
        String where = FindingText.shortWhere(top.get());
        return top.get().getTitle() + (where.isEmpty() ? "" : "（" + where + "）");
    }

    public SummaryRow withStem(String newStem) {
        return new SummaryRow(index, source, newStem, agency, year, template, status, score, grade, reason,
                critical, error, warning, info, topFinding, rules, priorYear, priorGrade);
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

    /** True when the report is not assessable or has a finding of {@code level} or worse ({@code --fail-on}). */
    public boolean reaches(Severity level) {
        if (!graded()) {
            return true;
        }
        for (Severity s : Severity.values()) {
            if (s.atLeast(level) && count(s) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The output file with the given extension, or null when none was written. */
    public String file(String extension) {
        return stem == null ? null : stem + "." + extension;
    }
}
