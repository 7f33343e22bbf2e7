package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.AuditorFactory;
import org.nianbao.audit.cli.Main;

/** The walk-through of rules/README.md: a new DRL file in the rules folder changes the audit, no rebuild. */
class AuthorRuleAuditTest {
    /** Seed 001 (红旗区科学技术局 2023): its 总体情况 never mentions 政务新媒体. */
    private static final Path SEED = Path.of("fixtures", "seeds", "001_5fa92bbbf5bb350f.txt");

    @TempDir
    Path tmp;

    @Test
    void should_change_the_audit_when_an_author_adds_a_rule_file() throws IOException {
        // GIVEN a copy of the shipped rules, audited once
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        List<String> before = auditRules(rules, tmp.resolve("before"));
        // WHEN the author adds a rule file to that folder and audits again in the same JVM
        Workbench.write(rules.resolve("structure/newmedia.drl"), """
                package rules.structure;

                import org.nianbao.audit.model.Section;
                import org.nianbao.audit.engine.rhs.Raise;

                rule "SEC-1-NEWMEDIA"
                    @id("SEC-1-NEWMEDIA") @title("总体情况未提及政务新媒体") @severity("warning") @category("structure")
                    @basis("示例要求：总体情况应说明政务新媒体建设管理情况")
                    @message("“一、总体情况”未提及政务新媒体")
                when
                    $s : Section(number == 1, normalizedBody not matches ".*政务新媒体.*")
                then
                    Raise.at(kcontext, $s).section(1).raise();
                end
                """);
        List<String> after = auditRules(rules, tmp.resolve("after"));
        // THEN the new finding is there, and nothing else changed
        assertThat(before).doesNotContain("SEC-1-NEWMEDIA");
        List<String> expected = new ArrayList<>(before);
        expected.add("SEC-1-NEWMEDIA");
        assertThat(after).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Runs {@code audit SEED --rules DIR} in-process and returns the rule ids of the report's findings. */
    private static List<String> auditRules(Path rules, Path out) throws IOException {
        int exit = Main.run(new String[] {"audit", SEED.toString(), "--rules", rules.toString(), "--out", out.toString(),
            "--format", "json", "--quiet"}, AuditorFactory.PIPELINE);
        assertThat(exit).isZero();
        Path report;
        try (Stream<Path> files = Files.list(out)) {
            report = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("summary.json") && !p.getFileName().toString().equals("run.json"))
                    .findFirst().orElseThrow();
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        List<String> ids = new ArrayList<>();
        json.get("findings").forEach(f -> ids.add(f.get("rule").asText()));
        return ids;
    }
}
