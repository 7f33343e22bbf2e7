package org.nianbao.audit.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCaseLoaderTest {
    @TempDir
    Path root;

    @Test
    void should_read_fires_and_passes_cases_with_their_sidecar_expectations() throws IOException {
        // GIVEN a rule folder with one case of each kind, the fires case with a sidecar
        write("AR-T3/fires/broken.txt", "report");
        write("AR-T3/fires/broken.expect", "# comment\nfires: XR-LIT, AR-T2-BAL\nnot: SEC-NUM\n");
        write("AR-T3/passes/ok.txt", "report");
        write("README.md", "ignored");
        // WHEN the layout is loaded
        List<RuleCase> cases = RuleCaseLoader.load(root);
        // THEN both cases are found, fires first, with the sidecar's ids
        assertThat(cases).extracting(RuleCase::name).containsExactly("fires/broken.txt", "passes/ok.txt");
        assertThat(cases.get(0).expectedToFire()).containsExactly("AR-T2-BAL", "AR-T3", "XR-LIT");
        assertThat(cases.get(0).expectedSilent()).containsExactly("SEC-NUM");
        assertThat(cases.get(1).expectedToFire()).isEmpty();
        assertThat(cases.get(1).expectedSilent()).containsExactly("AR-T3");
    }

    @Test
    void should_name_the_file_and_line_of_a_malformed_sidecar() throws IOException {
        // GIVEN a sidecar with a line that is neither fires: nor not:
        write("AR-T3/fires/broken.txt", "report");
        write("AR-T3/fires/broken.expect", "fires: XR-LIT\nmust fire AR-T3\n");
        // WHEN / THEN loading fails and names file and line
        assertThatThrownBy(() -> RuleCaseLoader.load(root))
                .isInstanceOf(RuleCaseException.class)
                .hasMessageContaining("broken.expect:2:");
    }

    @Test
    void should_refuse_a_case_file_that_would_silently_never_run() throws IOException {
        // GIVEN a case saved without the .txt ending
        write("AR-T3/passes/ok.md", "report");
        // WHEN / THEN loading fails instead of skipping it
        assertThatThrownBy(() -> RuleCaseLoader.load(root)).isInstanceOf(RuleCaseException.class).hasMessageContaining("ok.md");
    }

    @Test
    void should_select_the_cases_of_the_named_rules_only() throws IOException {
        // GIVEN cases of two rules
        write("AR-T3/fires/a.txt", "x");
        write("SEC-NUM/fires/b.txt", "x");
        // WHEN only one rule is asked for
        List<RuleCase> cases = RuleCaseLoader.load(root, Set.of("SEC-NUM"));
        // THEN only its case is returned
        assertThat(cases).extracting(RuleCase::ruleId).containsExactly("SEC-NUM");
    }

    @Test
    void should_report_rules_without_cases_and_cases_without_rules() {
        // GIVEN a rule with only a fires case, a rule with none, and a case folder for a deleted rule
        List<RuleCase> cases = List.of(
                new RuleCase("AR-T3", CaseKind.FIRES, root.resolve("a.txt"), Set.of(), Set.of()),
                new RuleCase("OLD-RULE", CaseKind.FIRES, root.resolve("b.txt"), Set.of(), Set.of()));
        // WHEN coverage is checked
        List<String> gaps = CaseCoverage.gaps(Set.of("AR-T3", "SEC-NUM"), cases);
        // THEN every gap is named
        assertThat(gaps).hasSize(4);
        assertThat(gaps.get(0)).startsWith("AR-T3: no passes case");
        assertThat(gaps.get(1)).startsWith("SEC-NUM: no fires case");
        assertThat(gaps.get(2)).startsWith("SEC-NUM: no passes case");
        assertThat(gaps.get(3)).startsWith("OLD-RULE:");
    }

    private void write(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
