package org.nianbao.audit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.engine.ReportFixtures;
import org.nianbao.audit.engine.RuleFault;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

class GraderTest {
    private final Grader grader = new Grader(GradingPolicy.load(RulesSource.of(Path.of("rules"))));
    private final AnnualReport report = ReportFixtures.report(3, "测试市第3局", false);

    @Test
    void should_grade_a_clean_report_A_with_full_score() {
        // GIVEN no findings / WHEN
        Audit audit = grader.grade(report, result());
        // THEN
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.GRADED);
        assertThat(audit.getScore()).isEqualTo(100);
        assertThat(audit.getGrade()).isEqualTo("A");
        assertThat(audit.getGradeReason()).isEqualTo("A：未发现错误或严重问题");
        assertThat(audit.getAgency()).isEqualTo("测试市第3局");
        assertThat(audit.getYear()).isEqualTo(2022);
        assertThat(audit.getTemplate()).isEqualTo("2021");
    }

    @Test
    void should_subtract_weights_and_describe_the_counts() {
        // GIVEN 2 errors and 3 warnings: 100 - 20 - 9 = 71
        Audit audit = grader.grade(report, result(
                finding(Severity.ERROR, Origin.REPORT), finding(Severity.ERROR, Origin.REPORT),
                finding(Severity.WARNING, Origin.REPORT), finding(Severity.WARNING, Origin.REPORT),
                finding(Severity.WARNING, Origin.REPORT), finding(Severity.INFO, Origin.REPORT)));
        assertThat(audit.getScore()).isEqualTo(71);
        assertThat(audit.getGrade()).isEqualTo("C");
        assertThat(audit.getGradeReason()).isEqualTo("C：发现2项错误、3项警告");
    }

    @Test
    void should_grade_B_from_75_to_89() {
        // GIVEN 2 errors (80) and, apart, 2 warnings (94) / WHEN / THEN
        Audit b = grader.grade(report, result(finding(Severity.ERROR, Origin.REPORT), finding(Severity.ERROR, Origin.REPORT)));
        assertThat(b.getScore()).isEqualTo(80);
        assertThat(b.getGradeReason()).isEqualTo("B：发现2项错误");
        Audit a = grader.grade(report, result(finding(Severity.WARNING, Origin.REPORT), finding(Severity.WARNING, Origin.REPORT)));
        assertThat(a.getGrade()).isEqualTo("A");
        assertThat(a.getGradeReason()).isEqualTo("A：未发现错误或严重问题，有2项警告");
    }

    @Test
    void should_cap_a_report_with_a_critical_finding_at_D_and_name_it() {
        // GIVEN one critical finding: the score alone (60) would be C
        Finding spam = Finding.builder().rule("CT-001").title("网页被植入赌博类垃圾信息").severity(Severity.CRITICAL)
                .category(Category.CONTAMINATION).basis("条例第六条").message("m").line(3).build();
        Audit audit = grader.grade(report, result(spam));
        assertThat(audit.getScore()).isEqualTo(60);
        assertThat(audit.getGrade()).isEqualTo("D");
        assertThat(audit.getGradeReason()).isEqualTo("D：发现1项严重问题（网页被植入赌博类垃圾信息）");
    }

    @Test
    void should_not_count_extraction_findings() {
        // GIVEN findings that are the engine's reading problems / WHEN
        Audit audit = grader.grade(report, result(finding(Severity.CRITICAL, Origin.EXTRACTION), finding(Severity.ERROR, Origin.EXTRACTION)));
        assertThat(audit.getScore()).isEqualTo(100);
        assertThat(audit.getGrade()).isEqualTo("A");
        assertThat(audit.getFindings()).hasSize(2);
    }

    @Test
    void should_floor_the_score_at_zero() {
        // GIVEN 15 errors = 150 points
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            many.add(finding(Severity.ERROR, Origin.REPORT));
        }
        // WHEN
        Audit audit = grader.grade(report, new EngineResult(many, null));
        // THEN
        assertThat(audit.getScore()).isZero();
        assertThat(audit.getGrade()).isEqualTo("D");
    }

    @Test
    void should_score_every_finding_but_list_a_hundred_per_rule() {
        // GIVEN one critical rule on 6,000 lines (a page stuffed with spam) and one error elsewhere
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 6_000; line++) {
            findings.add(Finding.builder().rule("SPAM-KW").title("网页被植入赌博类垃圾信息").severity(Severity.CRITICAL)
                    .category(Category.CONTAMINATION).basis("b").message("第" + line + "行含垃圾信息").line(line).build());
        }
        findings.add(finding(Severity.ERROR, Origin.REPORT));
        // WHEN graded
        Audit audit = grader.grade(report, new EngineResult(findings, null));
        // THEN graded D on all of them, and the audit lists 100 spam findings, the last saying how many more
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.GRADED);
        assertThat(audit.getGrade()).isEqualTo("D");
        assertThat(audit.getScore()).isZero();
        assertThat(audit.getGradeReason()).startsWith("D：发现6000项严重问题");
        List<Finding> spam = audit.getFindings().stream().filter(f -> f.getRule().equals("SPAM-KW")).toList();
        assertThat(spam).hasSize(100);
        assertThat(spam.get(99).getMessage()).isEqualTo("第100行含垃圾信息（同一规则另有 5900 处，未逐一列出）");
        assertThat(audit.getFindings()).hasSize(101);
    }

    @Test
    void should_make_a_rule_fault_not_assessable_with_the_rule_named() {
        // GIVEN a fault next to a true finding / WHEN
        Audit audit = grader.grade(report, new EngineResult(List.of(finding(Severity.ERROR, Origin.REPORT)),
                new RuleFault("F-001", "规则 F-001 运行出错，本报告不可评估：NullPointerException")));
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.NOT_ASSESSABLE);
        assertThat(audit.getScore()).isNull();
        assertThat(audit.getGrade()).isNull();
        assertThat(audit.getGradeReason()).isEqualTo("不可评估：规则 F-001 运行出错，本报告不可评估：NullPointerException");
    }

    @Test
    void should_make_an_input_problem_not_assessable_with_its_detail() {
        // GIVEN a report the parser marked out of scope
        AnnualReport old = ReportFixtures.withProblem(report,
                ParseProblem.of(ProblemCode.UNSUPPORTED_YEAR, "2015年的报告早于2019年格式，不在评估范围内", 1, "x"));
        Audit audit = grader.grade(old, result(finding(Severity.ERROR, Origin.REPORT)));
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.NOT_ASSESSABLE);
        assertThat(audit.getGrade()).isNull();
        assertThat(audit.getGradeReason()).isEqualTo("不可评估：2015年的报告早于2019年格式，不在评估范围内");
    }

    @Test
    void should_make_an_input_finding_not_assessable() {
        // GIVEN a rule's input finding
        Finding input = Finding.builder().rule("IN-001").title("不是年度报告").severity(Severity.CRITICAL)
                .category(Category.INPUT).basis("b").message("文件不是政府信息公开工作年度报告").origin(Origin.INPUT).build();
        Audit audit = grader.grade(report, result(input));
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.NOT_ASSESSABLE);
        assertThat(audit.getGradeReason()).isEqualTo("不可评估：文件不是政府信息公开工作年度报告");
    }

    @Test
    void should_ignore_extraction_problems_of_the_parser_for_assessability() {
        // GIVEN a guessed charset (extraction), WHEN graded, THEN still graded
        AnnualReport guessed = ReportFixtures.withProblem(report, ParseProblem.of(ProblemCode.CHARSET_GUESSED, "编码为推测", 0, ""));
        assertThat(grader.grade(guessed, result()).getStatus()).isEqualTo(AuditStatus.GRADED);
    }

    private static EngineResult result(Finding... findings) {
        return new EngineResult(List.of(findings), null);
    }

    private static int counter;

    private static Finding finding(Severity severity, Origin origin) {
        counter++;
        return Finding.builder().rule("R-" + counter).title("标题" + counter).severity(severity).category(Category.TABLE)
                .basis("依据").message("消息" + counter).origin(origin).line(counter).build();
    }
}
