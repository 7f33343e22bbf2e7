package org.nianbao.audit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.AgencyKind;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.Section;

class HostileReportParserTest {

    @ParameterizedTest
    @CsvSource({"empty.txt, EMPTY_INPUT", "binary.txt, BINARY_INPUT", "news-article.txt, NOT_A_REPORT",
            "report-2015.txt, UNSUPPORTED_YEAR"})
    void should_record_the_input_problem_of_each_hostile_fixture(String file, ProblemCode expected) {
        // WHEN
        AnnualReport report = Reports.file("fixtures/hostile/" + file);
        // THEN
        assertThat(report.hasInputProblem()).isTrue();
        assertThat(report.getProblems()).extracting(ParseProblem::getCode).containsExactly(expected);
        assertThat(report.getProblems().get(0).getDetail()).isNotBlank();
    }

    @Test
    void should_say_why_a_2015_report_is_out_of_scope() {
        AnnualReport report = Reports.file("fixtures/hostile/report-2015.txt");
        assertThat(report.getMetadata().getYear()).isEqualTo(2015);
        assertThat(report.getRequiredTemplate()).isNull();
        assertThat(report.getProblems().get(0).getDetail()).contains("2015").contains("2019").contains("评估范围");
        assertThat(report.getProblems().get(0).getLine()).isEqualTo(1);
    }

    @Test
    void should_keep_an_unreadable_document_as_a_model_with_only_its_problem() {
        AnnualReport report = Reports.file("fixtures/hostile/binary.txt");
        assertThat(report.getSections()).isEmpty();
        assertThat(report.getLines()).isEmpty();
        assertThat(report.getCharset()).isNull();
        assertThat(report.getSource()).isEqualTo("fixtures/hostile/binary.txt");
    }

    @Test
    void should_parse_a_report_cut_off_mid_table_and_name_the_missing_sections() {
        // GIVEN seed 000 cut inside table 2 (line 147)
        AnnualReport report = Reports.file("fixtures/hostile/truncated.txt");
        // THEN
        assertThat(report.hasInputProblem()).isFalse();
        assertThat(report.getMetadata().getAgency()).isEqualTo("景德镇市科学技术局");
        assertThat(report.getSections()).extracting(Section::getNumber).containsExactly(1, 2, 3);
        assertThat(report.section(3).orElseThrow().getEndLine()).isEqualTo(147);
        assertThat(report.getProblems()).filteredOn(p -> p.getCode() == ProblemCode.SECTION_MISSING)
                .extracting(ParseProblem::getDetail)
                .containsExactly("未找到第四部分“四、政府信息公开行政复议、行政诉讼情况”的标题",
                        "未找到第五部分“五、存在的主要问题及改进情况”的标题", "未找到第六部分“六、其他需要报告的事项”的标题");
    }

    @ParameterizedTest
    @CsvSource({"gbk.txt", "gb18030.txt", "utf16le-bom.txt", "utf16be-bom.txt", "utf8-bom.txt", "crlf.txt"})
    void should_give_the_same_report_for_every_encoding_of_seed_000(String file) {
        AnnualReport utf8 = Reports.seed("000");
        AnnualReport other = Reports.file("fixtures/encodings/" + file);
        assertThat(other.getMetadata().getAgency()).isEqualTo(utf8.getMetadata().getAgency());
        assertThat(other.getMetadata().getYear()).isEqualTo(2023);
        assertThat(other.getSections()).extracting(Section::getNumber, Section::getHeadingLine, Section::getHeading)
                .isEqualTo(utf8.getSections().stream().map(s -> tuple(
                        s.getNumber(), s.getHeadingLine(), s.getHeading())).toList());
        assertThat(other.getClaims()).hasSameSizeAs(utf8.getClaims());
        assertThat(other.getProblems()).extracting(ParseProblem::getCode)
                .isEqualTo(utf8.getProblems().stream().map(ParseProblem::getCode).toList());
    }

    @Test
    void should_parse_a_20_mb_report(@TempDir Path dir) throws IOException {
        // GIVEN seed 002 with 20 MB of text in its first section
        Path file = dir.resolve("big.txt");
        String seed = Files.readString(Path.of("fixtures/seeds/002_e7290be93566281d.txt"));
        int cut = seed.indexOf('\n', seed.indexOf("一、总体情况")) + 1;
        String filler = "本机关认真贯彻落实政府信息公开条例，进一步加强主动公开平台建设。\n";
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(seed, 0, cut);
            for (long written = 0; written < 20L << 20; written += filler.length() * 3L) {
                out.write(filler);
            }
            out.write(seed, cut, seed.length() - cut);
        }
        // WHEN
        AnnualReport report = Reports.file(file.toString());
        // THEN one report, read whole
        assertThat(report.hasInputProblem()).isFalse();
        assertThat(report.getMetadata().getAgency()).isEqualTo("金乡县科学技术局");
        assertThat(report.getSections()).hasSize(6);
        assertThat(report.getLines().size()).isGreaterThan(200_000);
    }

    @Test
    void should_recognise_20_mb_of_copies_of_one_report_as_several_reports(@TempDir Path dir) throws IOException {
        // GIVEN seed 002 repeated to 20 MB (issue 14: 8,100 copies were graded as one)
        Path file = dir.resolve("copies.txt");
        byte[] seed = Files.readAllBytes(Path.of("fixtures/seeds/002_e7290be93566281d.txt"));
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < 20L << 20; written += seed.length) {
                out.write(seed);
            }
        }
        // WHEN / THEN not one report graded: the file is an input problem naming how many it holds
        AnnualReport report = Reports.file(file.toString());
        assertThat(report.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getCode()).isEqualTo(ProblemCode.SEVERAL_REPORTS);
            assertThat(p.getDetail()).contains("共 " + ((20L << 20) / seed.length + 1) + " 份");
        });
    }

    @Test
    void should_record_unknown_year_and_agency_for_a_report_without_title() {
        // GIVEN the sections of a report but no title line
        AnnualReport report = Reports.text("一、总体情况", "本机关未收到申请。", "二、主动公开政府信息情况", "表",
                "三、收到和处理政府信息公开申请情况", "表", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项");
        // THEN year and agency are the engine's reading problems; the absent tables are the report's
        assertThat(report.getProblems()).extracting(ParseProblem::getCode)
                .containsExactly(ProblemCode.YEAR_UNKNOWN, ProblemCode.AGENCY_UNKNOWN,
                        ProblemCode.TABLE_MISSING, ProblemCode.TABLE_MISSING, ProblemCode.TABLE_MISSING);
        assertThat(report.getProblems()).filteredOn(p -> p.getCode() != ProblemCode.TABLE_MISSING)
                .allSatisfy(p -> assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION));
    }

    @Test
    void should_record_unknown_agency_for_a_title_naming_none() {
        // GIVEN a titled report whose title has a year but no agency
        // WHEN
        AnnualReport report = Reports.text("2023年政府信息公开工作年度报告", "一、总体情况", "本机关未收到申请。",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        // THEN
        assertThat(report.getMetadata().getAgencyKind()).isEqualTo(AgencyKind.OTHER);
        assertThat(report.getProblems()).filteredOn(p -> p.getCode() == ProblemCode.AGENCY_UNKNOWN)
                .singleElement().satisfies(p -> assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION));
    }

    @Test
    void should_not_take_a_page_of_plain_text_with_a_few_numbers_for_a_report(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.md"), "# 会议纪要\n\n1. 讨论预算。\n2. 安排下周工作。\n", StandardCharsets.UTF_8);
        AnnualReport report = Reports.file(file.toString());
        assertThat(report.getProblems()).extracting(ParseProblem::getCode).containsExactly(ProblemCode.NOT_A_REPORT);
    }

    @Test
    void should_say_a_page_holds_only_its_title_when_the_body_is_missing() {
        // GIVEN a crawled page of 平潭综合实验区公安局 2020 whose body is its title alone (the report was an attachment)
        AnnualReport report = Reports.text("标题: 平潭综合实验区公安局2020年政府信息公开工作年度报告", "发布时间: 2021-01-28 11:10",
                "==================== 正文 ====================", "平潭综合实验区公安局2020年政府信息公开工作年度报告");
        // THEN it is no assessable report, and the reason names the title it did find, not a missing one
        assertThat(report.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getCode()).isEqualTo(ProblemCode.NOT_A_REPORT);
            assertThat(p.getDetail()).startsWith("只有标题“平潭综合实验区公安局2020年政府信息公开工作年度报告”，没有报告正文")
                    .doesNotContain("未找到");
        });
    }
}
