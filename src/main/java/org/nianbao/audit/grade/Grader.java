package org.nianbao.audit.grade;

import java.util.List;
import java.util.Optional;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

/**
 * Turns findings into a score, a grade and its one-line reason. Only findings about the agency's own
 * document (origin report) cost points: an extraction finding is the engine's reading problem, never
 * the agency's. An input problem, an input finding or a rule fault makes the report not assessable —
 * no score, no grade, and the reason says why. Scored on every finding; the audit lists at most
 * {@link FindingCap#PER_RULE} per rule. Thread-safe.
 */
public final class Grader {
    private final GradingPolicy policy;

    public Grader(GradingPolicy policy) {
        this.policy = policy;
    }

    public Audit grade(AnnualReport report, EngineResult result) {
        // merged before anything is counted: one defect at one spot costs points once
        List<Finding> findings = FindingMerger.merge(result.findings().stream().sorted(Finding.ORDER).toList());
        Optional<String> blocked = whyNotAssessable(report, result, findings);
        if (blocked.isPresent()) {
            return audit(report, AuditStatus.NOT_ASSESSABLE, null, null, GradeMessages.notAssessable(blocked.get()),
                    FindingCap.cap(findings));
        }
        List<Finding> counted = findings.stream().filter(f -> f.getOrigin() == Origin.REPORT).toList();
        int penalty = counted.stream().mapToInt(f -> policy.weight(f.getSeverity())).sum();
        int score = Math.max(policy.floor(), policy.max() - penalty);
        int critical = count(counted, Severity.CRITICAL);
        String grade = policy.gradeFor(score);
        if (critical > 0) {
            grade = policy.worse(grade, policy.criticalCap());
        }
        String worst = counted.stream().filter(f -> f.getSeverity() == Severity.CRITICAL)
                .map(Finding::getTitle).findFirst().orElse("");
        String reason = GradeMessages.graded(grade, critical, count(counted, Severity.ERROR), count(counted, Severity.WARNING), worst);
        return audit(report, AuditStatus.GRADED, score, grade, reason, FindingCap.cap(findings));
    }

    /** Input problems first (the document is not a report), then input findings, then a rule fault. */
    private static Optional<String> whyNotAssessable(AnnualReport report, EngineResult result, List<Finding> findings) {
        Optional<ParseProblem> input = report.getProblems().stream().filter(p -> p.getOrigin() == Origin.INPUT).findFirst();
        if (input.isPresent()) {
            return Optional.of(GradeMessages.inputProblem(input.get().getDetail(), input.get().getCode().name()));
        }
        Optional<Finding> inputFinding = findings.stream().filter(f -> f.getOrigin() == Origin.INPUT).findFirst();
        if (inputFinding.isPresent()) {
            return Optional.of(inputFinding.get().getMessage());
        }
        if (result.fault() != null) {
            return Optional.of(result.fault().message());
        }
        return Optional.empty();
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
    }

    private static Audit audit(AnnualReport report, AuditStatus status, Integer score, String grade, String reason,
                               List<Finding> findings) {
        return new Audit(report.getSource(), report.getMetadata().getAgency(), report.getMetadata().getYear(),
                report.getTemplate() == null ? null : report.getTemplate().label(), report.getMetadata().getPublished(),
                status, score, grade, reason, findings);
    }
}
