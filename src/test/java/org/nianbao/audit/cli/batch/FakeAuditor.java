package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.AuditStatus;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

/**
 * Stands in for the pipeline: reads "key=value" lines — agency, year, finding=SEVERITY (one finding
 * each), sleep=MILLIS, throw, oom (memory exhausted) — so batch tests control every outcome without Drools.
 */
public final class FakeAuditor implements ReportAuditor {
    @Override
    public Audit audit(Path file, String source) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Audit(source, null, null, null, null, AuditStatus.NOT_ASSESSABLE, null, null, "无法读取", List.of());
        }
        String agency = null;
        Integer year = null;
        List<Finding> findings = new ArrayList<>();
        for (String line : lines) {
            String[] kv = line.split("=", 2);
            switch (kv[0]) {
                case "agency" -> agency = kv[1];
                case "year" -> year = Integer.valueOf(kv[1]);
                case "finding" -> findings.add(finding(Severity.fromId(kv[1]), findings.size() + 1));
                case "sleep" -> sleep(Long.parseLong(kv[1]));
                case "throw" -> throw new IllegalStateException("boom in " + source);
                case "oom" -> throw new OutOfMemoryError("Java heap space");
                default -> { }
            }
        }
        if (agency == null) {
            return new Audit(source, null, null, null, null, AuditStatus.NOT_ASSESSABLE, null, null, "不可评估：不是年度报告", List.of());
        }
        boolean critical = findings.stream().anyMatch(f -> f.getSeverity() == Severity.CRITICAL);
        return new Audit(source, agency, year, "2021", null, AuditStatus.GRADED, critical ? 50 : 95,
                critical ? "D" : "A", critical ? "D：严重" : "A：良好", findings);
    }

    private static Finding finding(Severity s, int line) {
        return Finding.builder().rule("FAKE-" + s.id().toUpperCase(java.util.Locale.ROOT)).category(Category.CONTENT)
                .severity(s).title("测试问题").message("测试").basis("测试依据").evidence("=HYPERLINK(\"x\")").line(line).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
