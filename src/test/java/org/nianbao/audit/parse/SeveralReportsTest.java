package org.nianbao.audit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;

/** A file holding more than one report is recognised and judged as a whole: never one graded, the rest dropped. */
class SeveralReportsTest {
    private static final Path SEEDS = Path.of("fixtures", "seeds");

    @TempDir
    Path tmp;

    private static String seed(String name) throws IOException {
        return Files.readString(SEEDS.resolve(name));
    }

    private AnnualReport parsed(String text) throws IOException {
        Path file = Files.writeString(tmp.resolve("f.txt"), text);
        return Reports.file(file.toString());
    }

    @Test
    void should_recognise_a_second_report_appended_to_the_first_and_say_where_each_begins() throws IOException {
        // GIVEN 红旗区's report followed by 金乡县's (the hostile fixture, as a crawl joined them)
        AnnualReport report = Reports.file("fixtures/hostile/two-reports-in-one-file.txt");
        // THEN one input problem, naming both reports with their first lines
        assertThat(report.hasInputProblem()).isTrue();
        assertThat(report.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getCode()).isEqualTo(ProblemCode.SEVERAL_REPORTS);
            assertThat(p.getDetail()).startsWith("文件包含多份报告（共 2 份：第3行“红旗区科学技术局")
                    .contains("第95行“金乡县科学技术局").contains("请拆分");
            assertThat(p.getLine()).isEqualTo(95);
        });
    }

    @Test
    void should_count_every_copy_of_a_report_repeated_many_times() throws IOException {
        // GIVEN 300 copies of one seed, then two other seeds
        String one = seed("000_622e8beca5a8e726.txt");
        String text = one.repeat(300) + seed("002_e7290be93566281d.txt") + seed("004_54fb951c2391aa09.txt");
        // WHEN / THEN
        ParseProblem p = parsed(text).getProblems().get(0);
        assertThat(p.getCode()).isEqualTo(ProblemCode.SEVERAL_REPORTS);
        assertThat(p.getDetail()).contains("共 302 份").endsWith("等），每份报告应单独成文件；请拆分后重新提交");
    }

    @Test
    void should_not_take_titles_listed_after_the_report_for_further_reports() throws IOException {
        // GIVEN one report followed by a page's list of links to other years' reports (no section 一 after them)
        AnnualReport report = Reports.file("fixtures/rules/IN-SEVERAL/passes/one-report-with-links-to-others.txt");
        // THEN an ordinary report
        assertThat(report.getProblems()).extracting(ParseProblem::getCode).doesNotContain(ProblemCode.SEVERAL_REPORTS);
        assertThat(report.getSections()).hasSize(6);
    }

    @Test
    void should_read_every_seed_as_one_report() throws IOException {
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertThat(Reports.file(f.toString()).getProblems()).as(f.toString())
                        .extracting(ParseProblem::getCode).doesNotContain(ProblemCode.SEVERAL_REPORTS);
            }
        }
    }
}
