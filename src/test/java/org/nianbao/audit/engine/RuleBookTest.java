package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;

class RuleBookTest {
    @TempDir
    Path dir;

    @Test
    void should_compile_the_basic_rules_and_list_the_catalogue_by_id() throws Exception {
        // GIVEN three files in three packages
        ReportFixtures.copyRules("engine/basic", dir);
        // WHEN
        RuleBook book = RuleBook.load(RulesSource.of(dir));
        // THEN
        assertThat(book.rules()).extracting(RuleInfo::id).containsExactly("T-001", "T-002", "T-003", "T-004");
        RuleInfo spam = book.rules().get(2);
        assertThat(spam.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(spam.category()).isEqualTo(Category.CONTAMINATION);
        assertThat(spam.file()).isEqualTo("contamination/spam.drl");
        assertThat(spam.line()).isEqualTo(6);
        assertThat(spam.packageName()).isEqualTo("audit.test.contamination");
        assertThat(spam.ruleName()).isEqualTo("T-003 spam");
        assertThat(book.lexicons().lexicons()).extracting(l -> l.name()).containsExactly("page-chrome", "spam");
    }

    @Test
    void should_point_a_syntax_error_at_the_authors_file_and_line() throws Exception {
        List<RuleDiagnostic> problems = refused("syntax.drl", "area/syntax.drl");
        assertThat(problems).hasSize(1);
        RuleDiagnostic d = problems.get(0);
        assertThat(d.file()).isEqualTo("area/syntax.drl");
        assertThat(d.line()).isEqualTo(10);
        assertThat(d.rule()).isEqualTo("B-001 syntax");
        assertThat(d.message()).doesNotContain("\n");
        assertThat(d.format("rules/")).startsWith("rules/area/syntax.drl:10:");
    }

    @Test
    void should_report_an_unknown_field_on_the_pattern_line() throws Exception {
        List<RuleDiagnostic> problems = refused("unknown-field.drl", "structure/unknown-field.drl");
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).file()).isEqualTo("structure/unknown-field.drl");
        assertThat(problems.get(0).line()).isEqualTo(9);
        assertThat(problems.get(0).rule()).isEqualTo("B-002 unknown field");
        assertThat(problems.get(0).message()).contains("numbr").doesNotContain("[Near").doesNotContain(" ^ ");
    }

    @Test
    void should_name_the_rule_of_a_java_error_in_a_consequence() throws Exception {
        List<RuleDiagnostic> problems = refused("java-error.drl", "structure/java-error.drl");
        assertThat(problems).isNotEmpty().allSatisfy(d -> {
            assertThat(d.file()).isEqualTo("structure/java-error.drl");
            assertThat(d.rule()).isEqualTo("B-003 java error");
        });
        assertThat(problems.get(0).message()).contains("getHeadingg");
        assertThat(problems.get(0).line()).as("the consequence line that calls it, not the rule line").isEqualTo(19);
    }

    @Test
    void should_refuse_a_rule_without_basis() throws Exception {
        List<RuleDiagnostic> problems = refused("missing-basis.drl", "structure/missing-basis.drl");
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.rule()).isEqualTo("B-004 no basis");
            assertThat(d.message()).contains("@basis");
        });
    }

    @Test
    void should_refuse_an_unquoted_metadata_value() throws Exception {
        List<RuleDiagnostic> problems = refused("unquoted.drl", "structure/unquoted.drl");
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.message()).contains("@id").contains("2024-12");
        });
    }

    @Test
    void should_refuse_unknown_severity_and_category() throws Exception {
        List<RuleDiagnostic> problems = refused("bad-severity.drl", "structure/bad-severity.drl");
        assertThat(problems).extracting(RuleDiagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("@severity").contains("fatal"))
                .anySatisfy(m -> assertThat(m).contains("@category").contains("structur"));
    }

    @Test
    void should_refuse_a_duplicate_id_across_two_packages() throws Exception {
        // GIVEN the same @id in packages audit.test.dup.a and audit.test.dup.b
        write("a/first.drl", ReportFixtures.resource("engine/broken/duplicate-a.drl"));
        write("b/second.drl", ReportFixtures.resource("engine/broken/duplicate-b.drl"));
        // WHEN
        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(RulesSource.of(dir)));
        // THEN the second one is refused, pointing at the first
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("b/second.drl");
            assertThat(d.rule()).isEqualTo("second");
            assertThat(d.message()).contains("D-001").contains("a/first.drl:6");
        });
    }

    @Test
    void should_list_every_problem_of_every_file_at_once() throws Exception {
        // GIVEN five broken files and one good one
        for (String f : List.of("syntax", "unknown-field", "java-error", "missing-basis", "bad-severity")) {
            write("broken/" + f + ".drl", ReportFixtures.resource("engine/broken/" + f + ".drl"));
        }
        // WHEN
        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(RulesSource.of(dir)));
        // THEN the contract problems are listed even though compilation failed
        assertThat(e.diagnostics()).extracting(RuleDiagnostic::file)
                .contains("broken/syntax.drl", "broken/missing-basis.drl", "broken/bad-severity.drl");
        assertThat(e.getMessage()).contains(dir.toString());
    }

    @Test
    void should_compile_one_file_on_its_own_for_the_workbench() throws Exception {
        // GIVEN a good file and a file with a duplicate id only in combination
        write("a/first.drl", ReportFixtures.resource("engine/broken/duplicate-a.drl"));
        write("b/second.drl", ReportFixtures.resource("engine/broken/duplicate-b.drl"));
        RulesSource source = RulesSource.of(dir);
        // WHEN
        RuleBook.Check alone = RuleBook.checkFile(source, "b/second.drl");
        RuleBook.Check together = RuleBook.check(source);
        // THEN
        assertThat(alone.clean()).isTrue();
        assertThat(alone.rules()).extracting(RuleInfo::file).containsExactly("b/second.drl");
        assertThat(together.clean()).isFalse();
        assertThat(together.base()).isNull();
    }

    @Test
    void should_refuse_a_drl_file_saved_as_gbk() throws Exception {
        // GIVEN the basic spam rule saved in GBK
        Path p = dir.resolve("spam.drl");
        Files.write(p, ReportFixtures.resource("engine/basic/contamination/spam.drl").getBytes(java.nio.charset.Charset.forName("GBK")));
        // WHEN
        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(RulesSource.of(dir)));
        // THEN
        assertThat(e.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("spam.drl");
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.message()).contains("UTF-8");
        });
    }

    @Test
    void should_refuse_a_folder_without_rules() {
        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(RulesSource.of(dir)));
        assertThat(e.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains(".drl"));
    }

    private List<RuleDiagnostic> refused(String resource, String as) throws IOException {
        write(as, ReportFixtures.resource("engine/broken/" + resource));
        RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(RulesSource.of(dir)));
        assertThat(e).as("rule book must refuse %s", resource).isNotNull();
        return e.diagnostics();
    }

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
