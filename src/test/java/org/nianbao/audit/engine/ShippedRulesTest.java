package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.finding.Finding;

/**
 * The shipped catalogue in rules/ loads and survives many reports in one set-up. Surefire jits every
 * constraint at first use (-Ddrools.jittingThreshold=0), so a construct that crashes Drools 10.2's
 * constraint compiler fails here, never in an office's batch run.
 */
class ShippedRulesTest {
    @Test
    void should_load_the_shipped_rules_and_run_them_over_60_reports_without_a_fault() throws Exception {
        RulesSource source = RulesSource.of(Path.of("rules"));
        assumeFalse(source.filesEndingWith(".drl").isEmpty(), "rules/ holds no DRL yet");
        // GIVEN
        RuleBook book = RuleBook.load(source);
        AuditEngine engine = new AuditEngine(book);
        Set<String> ids = book.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<AnnualReport> reports = ReportFixtures.many(60);
        // WHEN / THEN
        for (AnnualReport report : reports) {
            EngineResult result = engine.evaluate(report);
            assertThat(result.fault()).as(report.getSource()).isNull();
            assertThat(result.findings()).extracting(Finding::getRule).allMatch(ids::contains);
        }
        assertThat(RuleBook.check(source).warnings()).as("jit-crash constructs in the shipped rules").isEmpty();
    }
}
