package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

class AuditEngineTest {
    @TempDir
    Path dir;

    @Test
    void should_raise_findings_with_the_rules_metadata_and_filled_message() throws Exception {
        // GIVEN report 5: agency present, broken R1 total
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(ReportFixtures.copyRules("engine/basic", dir))));
        AnnualReport report = ReportFixtures.report(5, "测试市第5局", true);
        // WHEN
        EngineResult result = engine.evaluate(report);
        // THEN
        assertThat(result.fault()).isNull();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.getRule()).isEqualTo("T-002");
            assertThat(f.getTitle()).isEqualTo("申请人合计与各列之和不符");
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getCategory()).isEqualTo(Category.ARITHMETIC);
            assertThat(f.getBasis()).isEqualTo("表二勾稽关系");
            assertThat(f.getOrigin()).isEqualTo(Origin.REPORT);
            assertThat(f.getTable()).isEqualTo("T2");
            // a finding on a table-2 cell stands in section 三 without the rule saying so
            assertThat(f.getSection()).isEqualTo(3);
            assertThat(f.getRow()).isEqualTo("R1");
            assertThat(f.getColumn()).isEqualTo("TOT");
            assertThat(f.getReported()).isEqualTo("10");
            assertThat(f.getExpected()).isEqualTo("9");
            assertThat(f.getCells()).hasSize(6).contains("R1.NP=1");
            assertThat(f.getMessage()).isEqualTo("R1 总计为 10，各类申请人之和为 9（R1.BE=2、R1.LS=1、R1.NP=1、R1.OT=2、R1.RI=3、R1.SW=0）");
        });
    }

    @Test
    void should_judge_60_reports_in_one_set_up_with_the_expected_findings_each() throws Exception {
        // GIVEN
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(ReportFixtures.copyRules("engine/basic", dir))));
        List<AnnualReport> reports = ReportFixtures.many(60);
        // WHEN / THEN every report gets exactly the findings its defects call for
        for (int i = 0; i < reports.size(); i++) {
            EngineResult r = engine.evaluate(reports.get(i));
            List<String> expected = new ArrayList<>();
            if (i % 10 == 3) {
                expected.addAll(List.of("T-003", "T-003", "T-003", "T-003"));
            }
            if (i % 7 == 0) {
                expected.add("T-001");
            }
            if (i % 5 == 0) {
                expected.add("T-002");
            }
            assertThat(r.fault()).as("report %d", i).isNull();
            assertThat(r.findings()).as("report %d", i).extracting(Finding::getRule).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void should_make_only_the_faulty_report_not_assessable_when_a_rule_throws() throws Exception {
        // GIVEN a rule that throws for agencies containing 炸
        ReportFixtures.copyRules("engine/basic", dir);
        Files.writeString(dir.resolve("faulty.drl"), ReportFixtures.resource("engine/faulty/throws.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)));
        // WHEN
        EngineResult bad = engine.evaluate(ReportFixtures.report(1, "爆炸市局", false));
        EngineResult next = engine.evaluate(ReportFixtures.report(5, "测试市第5局", true));
        // THEN
        assertThat(bad.fault()).isNotNull();
        assertThat(bad.fault().rule()).isEqualTo("F-001");
        assertThat(bad.fault().message()).contains("F-001").contains("使用了空值").doesNotContain("NullPointerException");
        assertThat(next.fault()).isNull();
        assertThat(next.findings()).extracting(Finding::getRule).containsExactly("T-002");
    }

    @Test
    void should_name_the_rule_whose_constraint_throws() throws Exception {
        // GIVEN a constraint that dereferences a null agency
        Files.writeString(dir.resolve("npe.drl"), ReportFixtures.resource("engine/faulty/constraint-npe.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)));
        // WHEN
        EngineResult bad = engine.evaluate(ReportFixtures.report(0, null, false));
        EngineResult fine = engine.evaluate(ReportFixtures.report(1, "测试市第1局", false));
        // THEN
        assertThat(bad.fault()).isNotNull();
        assertThat(bad.fault().rule()).isEqualTo("F-004");
        assertThat(fine.fault()).isNull();
        assertThat(fine.findings()).extracting(Finding::getRule).containsExactly("F-004");
    }

    @Test
    void should_stop_a_looping_rule_and_name_it() throws Exception {
        // GIVEN a rule that updates its own fact forever
        Files.writeString(dir.resolve("loops.drl"), ReportFixtures.resource("engine/faulty/loops.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)), 500);
        // WHEN
        EngineResult looped = engine.evaluate(ReportFixtures.report(2, "循环市局", false));
        EngineResult fine = engine.evaluate(ReportFixtures.report(3, "测试市第3局", false));
        // THEN
        assertThat(looped.fault()).isNotNull();
        assertThat(looped.fault().rule()).isEqualTo("F-002");
        assertThat(looped.fault().message()).contains("反复触发").contains("500");
        assertThat(fine.fault()).isNull();
    }

    @Test
    void should_never_grade_a_run_a_rule_halted_and_name_that_rule() throws Exception {
        // GIVEN the basic rules plus one that calls drools.halt() before any other rule fires
        ReportFixtures.copyRules("engine/basic", dir);
        Files.writeString(dir.resolve("halts.drl"), ReportFixtures.resource("engine/faulty/halts.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)));
        // WHEN a report with a broken total is judged
        EngineResult halted = engine.evaluate(ReportFixtures.report(5, "测试市第5局", true));
        // THEN it is a fault naming the halting rule, not a clean pass
        assertThat(halted.fault()).isNotNull();
        assertThat(halted.fault().rule()).isEqualTo("F-005");
        assertThat(halted.fault().message()).contains("halt").contains("不可评估");
    }

    @Test
    void should_blame_every_rule_of_a_loop_they_make_together() throws Exception {
        // GIVEN two rules that re-trigger each other, started by a third
        Files.writeString(dir.resolve("pair.drl"), ReportFixtures.resource("engine/faulty/loops-in-pair.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)), 501);
        // WHEN
        EngineResult looped = engine.evaluate(ReportFixtures.report(2, "循环市局", false));
        // THEN both loop rules are named, the one that started them is not
        assertThat(looped.fault()).isNotNull();
        assertThat(looped.fault().rule()).isEqualTo("F-011、F-012");
    }

    @Test
    void should_stop_a_rule_stuck_in_its_action_at_the_time_limit_and_go_on() throws Exception {
        // GIVEN a rule whose action never ends on agencies containing 转, and a short time limit
        ReportFixtures.copyRules("engine/basic", dir);
        Files.writeString(dir.resolve("spin.drl"), ReportFixtures.resource("engine/faulty/spins-in-action.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)), AuditEngine.DEFAULT_FIRE_LIMIT, 1,
                java.time.Duration.ofMillis(300));
        // WHEN the stuck report and then a good one are judged on the same thread
        long t0 = System.nanoTime();
        EngineResult stuck = engine.evaluate(ReportFixtures.report(1, "转圈市局", false));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        EngineResult next = engine.evaluate(ReportFixtures.report(5, "测试市第5局", true));
        // THEN the stuck one is given up naming the rule, soon after the limit, and the next is judged normally
        assertThat(stuck.fault()).isNotNull();
        assertThat(stuck.fault().rule()).isEqualTo("F-006");
        assertThat(stuck.fault().message()).contains("超过时限");
        assertThat(millis).isLessThan(10_000);
        assertThat(next.fault()).isNull();
        assertThat(next.findings()).extracting(Finding::getRule).containsExactly("T-002");
    }

    @Test
    void should_stop_a_condition_stuck_in_a_function_and_name_the_rules_that_call_it() throws Exception {
        // GIVEN a condition that calls a function that never returns
        ReportFixtures.copyRules("engine/basic", dir);
        Files.writeString(dir.resolve("cond.drl"), ReportFixtures.resource("engine/faulty/spins-in-condition.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)), AuditEngine.DEFAULT_FIRE_LIMIT, 0,
                java.time.Duration.ofMillis(300));
        // WHEN
        EngineResult stuck = engine.evaluate(ReportFixtures.report(1, "转圈市局", false));
        EngineResult next = engine.evaluate(ReportFixtures.report(5, "测试市第5局", true));
        // THEN
        assertThat(stuck.fault()).isNotNull();
        assertThat(stuck.fault().rule()).isEqualTo("F-007");
        assertThat(next.fault()).isNull();
    }

    @Test
    void should_make_a_report_not_assessable_when_a_rule_exhausts_the_stack() throws Exception {
        // GIVEN a rule that recurses without end
        Files.writeString(dir.resolve("deep.drl"), ReportFixtures.resource("engine/faulty/recurses.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)));
        // WHEN
        EngineResult deep = engine.evaluate(ReportFixtures.report(1, "深圳市局", false));
        // THEN
        assertThat(deep.fault()).isNotNull();
        assertThat(deep.fault().rule()).isEqualTo("F-008");
        assertThat(deep.fault().message()).contains("栈空间耗尽").doesNotContain("StackOverflowError");
    }

    @Test
    void should_not_mistake_a_long_report_for_a_loop() throws Exception {
        // GIVEN a rule that fires once per line, and a report of 6,000 lines (more firings than the base limit)
        Files.writeString(dir.resolve("lines.drl"), """
                package audit.test.lines;
                import org.nianbao.audit.model.TextLine;
                import org.nianbao.audit.engine.rhs.Raise;
                rule "L-001"
                    @id("L-001") @title("每行") @severity("info") @category("content") @basis("测试")
                when
                    $l : TextLine(text.startsWith("行"))
                then
                    Raise.at(kcontext, $l).raise();
                end
                """);
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)), 1_000);
        String[] lines = new String[6_000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "行" + i;
        }
        // WHEN
        EngineResult result = engine.evaluate(ReportFixtures.report(1, "测试市第1局", false, lines));
        // THEN every line is judged, no fault
        assertThat(result.fault()).isNull();
        assertThat(result.findings()).hasSize(6_000);
    }

    @Test
    void should_catch_the_jit_crash_of_str_startsWith_as_a_rule_fault() throws Exception {
        // GIVEN Drools 10.2's str[startsWith] operator, which crashes once the constraint is jitted
        // (surefire runs with -Ddrools.jittingThreshold=0, so at first use)
        ReportFixtures.copyRules("engine/basic", dir);
        Files.writeString(dir.resolve("jit.drl"), ReportFixtures.resource("engine/faulty/jit-startswith.drl"));
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(dir)));
        // WHEN
        List<EngineResult> results = ReportFixtures.many(25).stream().map(engine::evaluate).toList();
        // THEN the Error never escapes: every affected report is a fault, the run completes
        assertThat(results).hasSize(25);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.fault()).isNotNull();
            assertThat(r.fault().rule()).as("blamed on the rule that uses str[startsWith]").isEqualTo("F-003");
            assertThat(r.fault().message()).contains("规则引擎内部错误").doesNotContain("NoSuchMethodError");
        });
    }

    @Test
    void should_give_identical_results_from_two_threads_sharing_one_kiebase() throws Exception {
        // GIVEN
        AuditEngine engine = new AuditEngine(RuleBook.load(RulesSource.of(ReportFixtures.copyRules("engine/basic", dir))));
        List<AnnualReport> reports = ReportFixtures.many(80);
        List<String> sequential = reports.stream().map(r -> render(engine.evaluate(r))).toList();
        // WHEN
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (AnnualReport r : reports) {
                    futures.add(pool.submit(() -> render(engine.evaluate(r))));
                }
            }
            // THEN
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % reports.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_change_findings_when_a_rule_file_is_edited_and_reloaded() throws Exception {
        // GIVEN
        ReportFixtures.copyRules("engine/basic", dir);
        AnnualReport report = ReportFixtures.report(1, null, false);
        EngineResult before = new AuditEngine(RuleBook.load(RulesSource.of(dir))).evaluate(report);
        // WHEN the author lowers T-001 to a warning
        Path file = dir.resolve("metadata/agency.drl");
        Files.writeString(file, Files.readString(file).replace("@severity(\"error\")", "@severity(\"warning\")"));
        EngineResult after = new AuditEngine(RuleBook.load(RulesSource.of(dir))).evaluate(report);
        // THEN
        assertThat(before.findings()).extracting(Finding::getSeverity).containsExactly(Severity.ERROR);
        assertThat(after.findings()).extracting(Finding::getSeverity).containsExactly(Severity.WARNING);
        assertThat(after.findings().get(0).getMessage()).isEqualTo("报告 fixture-1.txt 的标题未写明机关名称");
    }

    @Test
    void should_give_the_same_results_with_and_without_the_session_pool_around_faults() throws Exception {
        // GIVEN the basic rules plus one that throws on some reports
        ReportFixtures.copyRules("engine/basic", dir);
        Files.writeString(dir.resolve("faulty.drl"), ReportFixtures.resource("engine/faulty/throws.drl"));
        RuleBook book = RuleBook.load(RulesSource.of(dir));
        AuditEngine pooled = new AuditEngine(book, AuditEngine.DEFAULT_FIRE_LIMIT, 1);
        AuditEngine fresh = new AuditEngine(book, AuditEngine.DEFAULT_FIRE_LIMIT, 0);
        List<AnnualReport> reports = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            reports.add(ReportFixtures.report(i, i % 4 == 1 ? "爆炸市第" + i + "局" : "测试市第" + i + "局", i % 5 == 0));
        }
        // WHEN / THEN a pooled session reused after a fault carries nothing over
        for (AnnualReport r : reports) {
            assertThat(render(pooled.evaluate(r))).isEqualTo(render(fresh.evaluate(r)));
        }
        assertThat(reports.stream().map(pooled::evaluate).filter(r -> r.fault() != null).count()).isEqualTo(15);
    }

    private static String render(EngineResult r) {
        StringBuilder out = new StringBuilder(String.valueOf(r.fault()));
        for (Finding f : r.findings()) {
            out.append('|').append(f.getRule()).append(':').append(f.getLine()).append(':').append(f.getMessage());
        }
        return out.toString();
    }
}
