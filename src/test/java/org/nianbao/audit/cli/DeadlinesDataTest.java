package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.rules.Workbench;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.finding.Finding;

/**
 * Local deadlines for 乡镇、街道 are rule data: rules/deadlines.properties decides whether TIME-TOWN checks a
 * township at all and against which day; with nothing configured for a township the rule stays silent.
 */
class DeadlinesDataTest {
    private static final Path HUAIHUA_STREET = Path.of("fixtures/rules/TIME-TOWN/fires/huaihua-street-after-feb-20.txt");
    private static final Path OTHER_TOWNSHIP = Path.of("fixtures/rules/TIME-TOWN/passes/township-without-local-deadline.txt");
    private static final String NOTHING_FOR_EVERY_TOWNSHIP = "township.deadline=\n";

    @TempDir
    Path tmp;

    private RulesCopy copy;
    private Path rules;

    @BeforeEach
    void copy_the_shipped_rules() {
        copy = new RulesCopy(tmp, "deadlines.properties");
        rules = copy.folder;
    }

    @Test
    void should_report_a_huaihua_street_published_after_the_configured_day() throws Exception {
        // GIVEN 怀化市 configured in the rules copy, and a 怀化 street office that published on 2024-03-05
        copy.edit(NOTHING_FOR_EVERY_TOWNSHIP, NOTHING_FOR_EVERY_TOWNSHIP + "township.deadline.怀化市=02-20\n");
        // WHEN
        Audit audit = audit(HUAIHUA_STREET);
        // THEN the finding quotes the date line and names the key it was judged by
        assertThat(audit.getFindings()).filteredOn(f -> f.getRule().equals("TIME-TOWN")).singleElement().satisfies(f -> {
            assertThat(f.getMessage()).isEqualTo(
                    "2023年度报告于2024-03-05发布，晚于2024-02-20的本地时限14天（rules/deadlines.properties：township.deadline.怀化市）");
            assertThat(f.getEvidence()).isEqualTo("发布日期：2024-03-05");
            assertThat(f.getLine()).isEqualTo(1);
        });
    }

    @Test
    void should_stay_silent_when_no_local_deadline_is_configured() throws Exception {
        // GIVEN the shipped file: nothing configured (the 怀化 example is commented out)
        assertThat(Files.readString(rules.resolve("deadlines.properties")))
                .contains("# township.deadline.怀化市=02-20").contains(NOTHING_FOR_EVERY_TOWNSHIP);
        // WHEN
        Audit huaihua = audit(HUAIHUA_STREET);
        Audit other = audit(OTHER_TOWNSHIP);
        // THEN no national deadline exists for townships, so nothing is judged
        assertThat(huaihua.getFindings()).extracting(Finding::getRule).doesNotContain("TIME-TOWN", "TIME-DEPT", "TIME-GOV");
        assertThat(other.getFindings()).extracting(Finding::getRule).doesNotContain("TIME-TOWN", "TIME-DEPT", "TIME-GOV");
    }

    @Test
    void should_judge_every_township_by_the_deadline_configured_for_every_place() throws Exception {
        // GIVEN a deadline for every township; 柳湾镇 (not in 怀化) published on 2024-06-30
        copy.edit(NOTHING_FOR_EVERY_TOWNSHIP, "township.deadline=03-31\n");
        // WHEN
        Audit audit = audit(OTHER_TOWNSHIP);
        // THEN
        assertThat(audit.getFindings()).filteredOn(f -> f.getRule().equals("TIME-TOWN")).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).contains("晚于2024-03-31的本地时限91天").contains("township.deadline）"));
    }

    @Test
    void should_refuse_to_audit_and_point_at_the_line_of_an_invalid_deadline() throws IOException {
        // GIVEN
        copy.edit(NOTHING_FOR_EVERY_TOWNSHIP, NOTHING_FOR_EVERY_TOWNSHIP + "township.deadline.怀化市=2月20日\n");
        // WHEN
        int audit = copy.run("audit", "--rules", rules.toString(), "--out", tmp.resolve("out").toString(), HUAIHUA_STREET.toString());
        int check = copy.run("rules", "check", "--rules", rules.toString(), "--cases", "fixtures/rules");
        // THEN
        assertThat(audit).isEqualTo(ExitCode.RULES);
        assertThat(check).isEqualTo(ExitCode.RULES);
        String file = rules + "/deadlines.properties:" + copy.lineOf("township.deadline.怀化市");
        String message = "键 township.deadline.怀化市 的值“2月20日”不是“月-日”形式的日期";
        assertThat(copy.err()).contains(file + ":0: " + message);
        assertThat(copy.out()).contains(file + ":1: 错误：" + message).contains("1 个错误");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void should_point_at_the_line_of_an_invalid_deadline_a_case_folder_brings() throws IOException {
        // GIVEN a copy of the TIME-TOWN cases whose own deadlines.properties has a bad value on line 3
        Path cases = tmp.resolve("cases");
        Path timeTown = Files.createDirectories(cases.resolve("TIME-TOWN"));
        Workbench.copyTree(Path.of("fixtures/rules/TIME-TOWN"), timeTown);
        Path own = timeTown.resolve("deadlines.properties");
        Files.writeString(own, Files.readString(own).replace("township.deadline.怀化市=02-20", "township.deadline.怀化市=2月20日"));
        assertThat(Files.readAllLines(own).get(2)).startsWith("township.deadline.怀化市=");
        // WHEN the rules are checked and the cases run
        int check = copy.run("rules", "check", "--rules", rules.toString(), "--cases", cases.toString());
        String checked = copy.out();
        int test = copy.run("rules", "test", "TIME-TOWN", "--rules", rules.toString(), "--cases", cases.toString());
        String tested = copy.out().substring(checked.length());
        // THEN check names the file and line, and every case fails with the same place
        assertThat(check).isEqualTo(ExitCode.RULES);
        assertThat(checked).contains("TIME-TOWN/deadlines.properties:3:").contains("2月20日");
        assertThat(test).isEqualTo(1);
        assertThat(tested).contains("deadlines.properties:3: ").contains("0 passed, 4 failed");
    }

    private Audit audit(Path report) throws RulesRejected {
        return copy.audit(report);
    }
}
