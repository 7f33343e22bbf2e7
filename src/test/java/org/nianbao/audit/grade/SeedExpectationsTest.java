package org.nianbao.audit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.parse.ReportParser;

/**
 * The five seed reports end to end (ingest → parse → rules → grade) against the expectations written down
 * as data in fixtures/seeds/expected.properties: status, grade, rules that must and must not fire, and
 * the worst severity allowed.
 */
class SeedExpectationsTest {
    private static final Path SEEDS = Path.of("fixtures", "seeds");

    @TestFactory
    Stream<DynamicTest> should_audit_every_seed_as_its_expectations_say() throws IOException {
        // GIVEN the expectations per seed and one rule book
        Properties expected = new Properties();
        try (Reader r = Files.newBufferedReader(SEEDS.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            expected.load(r);
        }
        RuleBook book = SharedRuleBook.get();
        Grader grader = new Grader(GradingPolicy.load(book.source()));
        AuditEngine engine = new AuditEngine(book);
        Set<String> seeds = expected.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(seeds).hasSize(5);
        return seeds.stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            // WHEN the seed is audited
            Path file = seedFile(seed);
            AnnualReport report = ProjectFormats.parser().parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, file.toString()));
            Audit audit = grader.grade(report, engine.evaluate(report));
            // a merged finding (one defect, several rules) counts as fired for each of its rules
            Set<String> fired = audit.getFindings().stream().flatMap(f -> f.rules().stream()).collect(Collectors.toCollection(TreeSet::new));
            String found = "fired " + fired + ", grade " + audit.getGrade() + " (" + audit.getScore() + ")";
            // THEN status, grade and findings are as written down
            assertThat(audit.getStatus().id()).as(found).isEqualTo(expected.getProperty(seed + ".status"));
            if (expected.containsKey(seed + ".grade")) {
                assertThat(audit.getGrade()).as(found).isEqualTo(expected.getProperty(seed + ".grade"));
            }
            assertThat(fired).as(found).containsAll(ids(expected.getProperty(seed + ".fires")));
            assertThat(fired).as(found).doesNotContainAnyElementsOf(ids(expected.getProperty(seed + ".not")));
            String worst = expected.getProperty(seed + ".worst");
            if (worst != null) {
                Severity limit = Severity.fromId(worst);
                assertThat(audit.getFindings()).as(found)
                        .allMatch(f -> !f.getSeverity().atLeast(limit) || f.getSeverity() == limit);
            }
        }));
    }

    private static Path seedFile(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    private static List<String> ids(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
