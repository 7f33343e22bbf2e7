package org.nianbao.audit.grade;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

/**
 * The audit of one report: what every output format renders. Score and grade are null when the report
 * is not assessable; {@code reason} then says why.
 */
public final class Audit {
    private final String source;
    private final String agency;
    private final Integer year;
    private final String template;
    private final LocalDate published;
    private final AuditStatus status;
    private final Integer score;
    private final String grade;
    private final String gradeReason;
    private final List<Finding> findings;
    private final AuditHistory history;

    public Audit(String source, String agency, Integer year, String template, LocalDate published,
                 AuditStatus status, Integer score, String grade, String gradeReason, List<Finding> findings) {
        this.source = source;
        this.agency = agency;
        this.year = year;
        this.template = template;
        this.published = published;
        this.status = status;
        this.score = score;
        this.grade = grade;
        this.gradeReason = gradeReason;
        this.findings = findings.stream().sorted(Finding.ORDER).toList();
        this.history = null;
    }

    private Audit(Audit a, AuditHistory history) {
        this.source = a.source;
        this.agency = a.agency;
        this.year = a.year;
        this.template = a.template;
        this.published = a.published;
        this.status = a.status;
        this.score = a.score;
        this.grade = a.grade;
        this.gradeReason = a.gradeReason;
        this.findings = a.findings;
        this.history = history;
    }

    /** This audit with what the history showed about the report (outputs show last year and copies). */
    public Audit withHistory(AuditHistory h) {
        return new Audit(this, h);
    }

    /** What the history showed; null when the report was audited without history. */
    public AuditHistory getHistory() { return history; }

    public String getSource() { return source; }
    public String getAgency() { return agency; }
    public Integer getYear() { return year; }
    /** Detected table template: "2021", "2019" or null. */
    public String getTemplate() { return template; }
    public LocalDate getPublished() { return published; }
    public AuditStatus getStatus() { return status; }
    public Integer getScore() { return score; }
    /** "A" … "D", null when not assessable. */
    public String getGrade() { return grade; }
    /** One Chinese line, e.g. "D：发现1项严重问题（网页被植入赌博类垃圾信息）", or why it is not assessable. */
    public String getGradeReason() { return gradeReason; }
    /** Findings in {@link Finding#ORDER}. */
    public List<Finding> getFindings() { return findings; }

    /** Count of findings per severity, every severity present (zero included), most severe first. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.getSeverity(), 1, Integer::sum));
        return counts;
    }
}
