package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.problems;
import static org.nianbao.audit.parse.table.TableAssertions.table;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.TextLine;

class HostileTablesTest {
    private final TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("fixtures/layouts/" + name), StandardCharsets.UTF_8);
    }

    private TableParseResult parse(String text) {
        return parser.parse(FixtureLines.of(text));
    }

    @Test
    void should_read_glued_rows_whose_digit_count_leaves_one_split() throws IOException {
        // GIVEN a space-separated report whose rows lost their separators: seven digits for seven cells each
        String text = fixture("2021_spaces.txt")
                .replace("一、本年新收政府信息公开申请数量    12     3     1     0     1     0    17",
                        "一、本年新收政府信息公开申请数量  0000000")
                .replace("二、上年结转政府信息公开申请数量     2     0     0     0     0     1     3",
                        "二、上年结转政府信息公开申请数量  2  12 3405");
        // WHEN
        TableParseResult r = parse(text);
        // THEN both rows are read, each the only split its digits allow, whatever the arithmetic then says
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("0", "0", "0", "0", "0", "0", "0");
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("2", "1", "2", "3", "4", "0", "5");
        assertThat(table(r, TableKind.T2).cell("R2", "TOT").orElseThrow().getQuote())
                .isEqualTo("2 12 3405 → 2|1|2|3|4|0|5（共7位数字、7格，只有这一种分法）");
        assertThat(table(r, TableKind.T2).row("R2").orElseThrow().getCells())
                .allSatisfy(c -> assertThat(c.isReconstructed()).isTrue());
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
    }

    @Test
    void should_not_invent_values_when_several_readings_fit() throws IOException {
        // GIVEN table 1's 规章 row printed "1012" (10|1|2 or 1|0|12): table 1 has no arithmetic, the narrative is silent
        String text = fixture("2021_spaces.txt").replace("规章   1   0   2", "规章  1012").replace("制发规章1件、", "");
        // WHEN
        TableParseResult r = parse(text);
        // THEN nothing is guessed: the row keeps no cell, the readings are reported as an extraction problem
        assertThat(values(r, TableKind.T1, "reg")).isEmpty();
        assertThat(problems(r, ProblemCode.CELLS_AMBIGUOUS)).singleElement()
                .satisfies(p -> assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION))
                .satisfies(p -> assertThat(p.getRowKey()).isEqualTo("reg"))
                .satisfies(p -> assertThat(p.getQuote()).isEqualTo("1012"))
                .satisfies(p -> assertThat(p.getDetail()).contains("1|0|12", "10|1|2", "无法确定"));
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
    }

    @Test
    void should_break_a_tie_with_the_number_the_narrative_states() throws IOException {
        // GIVEN the same row, and the narrative's "本年度制发规章1件"
        String text = fixture("2021_spaces.txt").replace("规章   1   0   2", "规章  1012");
        // WHEN
        TableParseResult r = parse(text);
        // THEN 1|0|12 is the only reading the narrative confirms
        assertThat(values(r, TableKind.T1, "reg")).containsExactly("1", "0", "12");
        assertThat(table(r, TableKind.T1).cell("reg", "valid").orElseThrow().getQuote())
                .startsWith("1012 → 1|0|12（可能的分法有2种，正文“").contains("制发规章1件");
        assertThat(problems(r, ProblemCode.CELLS_AMBIGUOUS)).isEmpty();
    }

    @Test
    void should_read_digits_with_inner_spaces_in_one_cell_as_separate_values() throws IOException {
        // GIVEN a one-cell-per-line table 3 whose data cell holds several values ("\t2 1 0 1 4")
        String text = fixture("2021_cells_tab.txt").replace("\t2\n\t1\n\t0\n\t1\n\t4\n", "\t2 1 0 1 4\n");
        // WHEN
        TableParseResult r = parse(text);
        // THEN no invented 21014: the spaces separate values, and fifteen values fill the fifteen cells
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "4");
        assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
        assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "1");
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_MISSING)).isEmpty();
    }

    @Test
    void should_not_read_table_3_digits_that_no_split_can_place() throws IOException {
        // GIVEN table 3's first values printed with a leading zero that no well-formed split can place
        String text = fixture("2021_cells_tab.txt").replace("\t2\n\t1\n\t0\n\t1\n\t4\n", "\t2 1 0 1 04\n");
        // WHEN
        TableParseResult r = parse(text);
        // THEN no invented cell: table 3 keeps no cell it cannot place
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).singleElement()
                .satisfies(p -> assertThat(p.getTable()).isEqualTo(TableKind.T3))
                .satisfies(p -> assertThat(p.getQuote()).startsWith("2 1 0 1 04"));
        assertThat(table(r, TableKind.T3).getRows()).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_MISSING)).isEmpty();
    }

    @Test
    void should_record_table_3_group_header_variants() throws IOException {
        // GIVEN table 3 headers printed as 未经复议直接诉讼 and 合计
        String text = fixture("2021_pipes.md").replace("| 未经复议直接起诉 |", "| 未经复议直接诉讼 |")
                .replace("| 尚未 审结 | 总计 | 未经", "| 尚未 审结 | 合计 | 未经");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(TableAssertions.deviations(table(r, TableKind.T3)))
                .containsExactly("col:total=合计/VARIANT", "row:LD=未经复议直接诉讼/VARIANT");
        assertThat(table(r, TableKind.T3).row("LD").orElseThrow().getLabelMatch()).isEqualTo(LabelMatch.VARIANT);
        assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
    }

    @Test
    void should_point_a_missing_row_at_its_block_header() {
        // GIVEN seed-like table 1 whose fee block has a header but no row
        String text = "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n"
                + "行政规范性文件\t0\t0\t0\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t0\n"
                + "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t0\n行政强制\t0\n"
                + "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n\n三、收到和处理政府信息公开申请情况\n";
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(problems(r, ProblemCode.ROW_MISSING)).singleElement()
                .satisfies(p -> assertThat(p.getLine()).isEqualTo(12))
                .satisfies(p -> assertThat(p.getQuote()).isEqualTo("第二十条第（八）项"));
        assertThat(problems(r, ProblemCode.TABLE_TRUNCATED)).isEmpty();
    }

    @Test
    void should_report_truncation_inside_table_1_without_blaming_later_tables() {
        // GIVEN a document that ends inside table 1
        String text = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                + "规章\t0\t0\t0\n行政规范性文件\t0";
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(problems(r, ProblemCode.TABLE_TRUNCATED)).extracting(ParseProblem::getTable).containsExactly(TableKind.T1);
        assertThat(problems(r, ProblemCode.TABLE_MISSING)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_MISSING)).isEmpty();
        assertThat(values(r, TableKind.T1, "norm")).containsExactly("0");
    }

    @Test
    void should_report_values_whose_label_matches_no_template_row() throws IOException {
        // GIVEN a row label garbled beyond recognition
        String text = fixture("2021_tsv.txt").replace("行政许可\t22", "某某事项\t22");
        // WHEN
        TableParseResult r = parse(text);
        // THEN its value is reported, not silently dropped, and the row is missing
        assertThat(problems(r, ProblemCode.ROW_AMBIGUOUS)).singleElement()
                .satisfies(p -> assertThat(p.getDetail()).contains("某某事项").contains("22"))
                .satisfies(p -> assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION));
        assertThat(problems(r, ProblemCode.ROW_MISSING)).extracting(ParseProblem::getRowKey).containsExactly("license");
    }

    @Test
    void should_report_table_3_rows_missing_when_only_its_header_is_printed() throws IOException {
        // GIVEN table 3's header followed directly by section 五
        String report = fixture("2021_tsv.txt");
        String text = report.replace("2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t0\t0\t1\n", "");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(table(r, TableKind.T3).getRows()).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_MISSING)).extracting(ParseProblem::getRowKey)
                .containsExactly("RV", "LD", "LR");
        assertThat(problems(r, ProblemCode.TABLE_TRUNCATED)).isEmpty();
    }

    @Test
    void should_not_take_a_short_block_header_for_a_text_cell() {
        // GIVEN a short 行政规范性文件 row followed by a block header in its short form
        String text = "第二十条第一项\n\t信息内容\n\t本年制发件数\n\t本年废止件数\n\t现行有效件数\n\n\t规章\n\t0\n\t0\n\t0\n\n"
                + "\t行政规范性文件\n\t1\n\t1\n\t第二十条第五项\n\t信息内容\n\t本年处理决定数量\n\n\t行政许可\n\t22\n\n三、收到和处理\n";
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(values(r, TableKind.T1, "norm")).containsExactly("1", "1");
        assertThat(values(r, TableKind.T1, "license")).containsExactly("22");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).extracting(ParseProblem::getRowKey).containsExactly("norm");
    }

    @Test
    void should_report_a_table_cut_off_by_the_end_of_the_document() throws IOException {
        // GIVEN the pipe report cut inside table 2, in the middle of a row
        String text = fixture("2021_pipes.md");
        int cut = text.indexOf("|  |  | 5. 属于三类内部事务信息");
        String truncated = text.substring(0, cut) + "|  |  | 5. 属于三类内部事务信息 | 0 | 0 |";
        // WHEN
        TableParseResult r = parse(truncated);
        // THEN an extraction problem, not the agency's missing rows or missing table 3
        assertThat(problems(r, ProblemCode.TABLE_TRUNCATED)).singleElement()
                .satisfies(p -> assertThat(p.getTable()).isEqualTo(TableKind.T2))
                .satisfies(p -> assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION));
        assertThat(problems(r, ProblemCode.ROW_MISSING)).isEmpty();
        assertThat(problems(r, ProblemCode.TABLE_MISSING)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
        assertThat(values(r, TableKind.T2, "R3_3_5")).containsExactly("0", "0");
        assertThat(values(r, TableKind.T2, "R3_3_4")).containsExactly("1", "0", "0", "0", "0", "0", "1");
    }

    @Test
    void should_keep_an_extra_cell_and_report_the_count() throws IOException {
        // GIVEN a TSV row printed with eight values
        String text = fixture("2021_tsv.txt").replace("二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t1\t3",
                "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t1\t3\t9");
        // WHEN
        TableParseResult r = parse(text);
        // THEN the printed value stays, in a position beyond the template
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("2", "0", "0", "0", "0", "1", "3", "9");
        assertThat(table(r, TableKind.T2).cell("R2", "extra8").orElseThrow().getRaw()).isEqualTo("9");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).singleElement()
                .satisfies(p -> assertThat(p.getDetail()).contains("该行应有7个数值，实际8个"))
                .satisfies(p -> assertThat(p.getOrigin()).isEqualTo(Origin.REPORT));
    }

    @Test
    void should_pick_no_row_for_an_ambiguous_label() throws IOException {
        // GIVEN a label one edit away from both 行政处罚 and 行政强制
        String text = fixture("2021_tsv.txt").replace("行政处罚\t5", "行政处制\t5");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(problems(r, ProblemCode.ROW_AMBIGUOUS)).singleElement()
                .satisfies(p -> assertThat(p.getDetail()).contains("行政处罚").contains("行政强制"));
        assertThat(table(r, TableKind.T1).row("penalty")).isEmpty();
        assertThat(values(r, TableKind.T1, "coercion")).containsExactly("1");
        assertThat(problems(r, ProblemCode.ROW_MISSING)).extracting(ParseProblem::getRowKey).containsExactly("penalty");
    }

    @Test
    void should_match_a_misspelt_label_by_edit_distance_and_record_it() throws IOException {
        // GIVEN 权益 misprinted as 权利
        String text = fixture("2021_cells_tab.txt").replace("4.保护第三方合法权益", "4.保护第三方合法权利");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(table(r, TableKind.T2).row("R3_3_4").orElseThrow().getLabelMatch()).isEqualTo(LabelMatch.FUZZY);
        assertThat(table(r, TableKind.T2).getLabelDeviations()).singleElement()
                .satisfies(d -> assertThat(d.getDistance()).isEqualTo(1))
                .satisfies(d -> assertThat(d.getFound()).isEqualTo("4.保护第三方合法权利"));
        assertThat(values(r, TableKind.T2, "R3_3_4")).containsExactly("1", "0", "0", "0", "0", "0", "1");
    }

    @Test
    void should_read_placeholders_units_and_text_as_printed() throws IOException {
        // GIVEN placeholders, a unit and text where numbers belong
        String text = fixture("2019_cells_tab.txt")
                .replace("\t政府集中采购\n\t3\n\t25.1", "\t政府集中采购\n\t3\n\t251000元")
                .replace("\t行政事业性收费\n\t1\n\t0", "\t行政事业性收费\n\t／\n\t不适用")
                .replace("\t行政强制\n\t2\n\t0\n\t1", "\t行政强制\n\t2\n\t\n\t未统计");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        var amount = table(r, TableKind.T1).cell("procurement", "amount").orElseThrow();
        assertThat(amount.getKind()).isEqualTo(CellKind.NUMBER);
        assertThat(amount.getValue()).isEqualByComparingTo("251000");
        assertThat(amount.getRaw()).isEqualTo("251000元");
        assertThat(values(r, TableKind.T1, "fee")).containsExactly("NA", "NA");
        assertThat(values(r, TableKind.T1, "coercion")).containsExactly("2", "BLANK", "TEXT");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_record_conflicting_template_versions_and_follow_table_1() throws IOException {
        // GIVEN 2021 table 1 with a 2019 table 2 (single （六）其他处理 row)
        String t2of2019 = fixture("2019_cells_tab.txt");
        String t2 = t2of2019.substring(t2of2019.indexOf("三、收到和处理"), t2of2019.indexOf("四、政府信息公开行政复议"));
        String report = fixture("2021_cells_tab.txt");
        String text = report.substring(0, report.indexOf("三、收到和处理")) + t2
                + report.substring(report.indexOf("四、政府信息公开行政复议"));
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(r.template()).isEqualTo(TemplateVersion.V2021);
        assertThat(table(r, TableKind.T2).getTemplate()).isEqualTo(TemplateVersion.V2019);
        assertThat(table(r, TableKind.T2).row("R3_6")).isPresent();
        assertThat(problems(r, ProblemCode.ROW_AMBIGUOUS)).singleElement()
                .satisfies(p -> assertThat(p.getDetail()).contains("表一").contains("2019"));
    }

    @Test
    void should_report_missing_tables_for_a_news_article_and_for_empty_input() {
        // GIVEN text that is no report, and nothing at all
        TableParseResult news = parse("市科技局召开年度工作会议\n\n会议总结了2023年工作，部署了行政复议相关事项。\n");
        TableParseResult empty = parser.parse(List.of());
        TableParseResult none = parser.parse(null);
        // THEN
        for (TableParseResult r : List.of(news, empty, none)) {
            assertThat(r.tables()).isEmpty();
            assertThat(r.template()).isNull();
            assertThat(problems(r, ProblemCode.TABLE_MISSING)).extracting(ParseProblem::getTable)
                    .containsExactly(TableKind.T1, TableKind.T2, TableKind.T3);
        }
    }

    @Test
    void should_find_a_table_under_a_misnumbered_heading() throws IOException {
        // GIVEN the section headings renumbered and table 2 placed under "3、"
        String text = fixture("2021_tsv.txt").replace("二、主动公开政府信息情况", "5、主动公开")
                .replace("三、收到和处理政府信息公开申请情况", "3、 收到和处理政府信息公开申请情况");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("12", "3", "1", "0", "1", "0", "17");
        assertThat(values(r, TableKind.T1, "license")).containsExactly("22");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_parse_a_large_input_in_one_pass() throws IOException {
        // GIVEN a report followed by a huge table-like tail (200 000 lines of repeated rows and prose)
        StringBuilder text = new StringBuilder(fixture("2021_pipes.md"));
        for (int i = 0; i < 50_000; i++) {
            text.append("| 1. 属于国家秘密 | 0 | 0 |\n")
                    .append("本段为测试用的长篇叙述文字，用于检验解析器在大输入下保持线性而不会回溯或重复扫描全部内容。\n")
                    .append("\t0\n")
                    .append("0000000 12 3405\n");
        }
        List<TextLine> lines = FixtureLines.of(text.toString());
        // WHEN
        TableParseResult r = parser.parse(lines);
        // THEN it completes with the report's own rows
        assertThat(lines).hasSizeGreaterThan(200_000);
        assertThat(table(r, TableKind.T1).getRows()).hasSize(6);
        assertThat(table(r, TableKind.T2).getRows()).hasSize(25);
        assertThat(table(r, TableKind.T3).getRows()).hasSize(3);
        assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "1");
    }

    @Test
    void should_keep_a_blank_total_at_the_end_of_a_pipe_row() throws IOException {
        // GIVEN the Shanghai 2019 row （一）予以公开 258/12/–/–/1/1/blank as a Markdown row of known width
        String text = fixture("2021_pipes.md").replace("| 三、本年度办理结果 | (一) 予以公开 | 6 | 1 | 1 | 0 | 0 | 0 | 8 |  |",
                "| （一）予以公开 | 258 | 12 | | | 1 | 1 | |");
        // WHEN
        TableParseResult r = parse(text);
        // THEN the blank 总计 is a cell, and seven digits in six values are no glued cells
        assertThat(values(r, TableKind.T2, "R3_1")).containsExactly("258", "12", "BLANK", "BLANK", "1", "1", "BLANK");
        assertThat(r.problems()).extracting(ParseProblem::getCode)
                .doesNotContain(ProblemCode.ROW_CELL_COUNT, ProblemCode.CELLS_UNSEPARATED);
    }

    @Test
    void should_keep_a_blank_total_at_the_end_of_a_tsv_row() throws IOException {
        // GIVEN a TSV row whose 总计 field is empty (other rows show the field count)
        String text = fixture("2021_tsv.txt").replace("三、本年度办理结果\t(一) 予以公开\t6\t1\t1\t0\t0\t0\t8\t",
                "三、本年度办理结果\t(一) 予以公开\t6\t1\t1\t0\t0\t0\t\t");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(values(r, TableKind.T2, "R3_1")).containsExactly("6", "1", "1", "0", "0", "0", "BLANK");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("12", "3", "1", "0", "1", "0", "17");
    }

    @Test
    void should_drop_only_the_trailing_tab_that_every_tsv_row_has() throws IOException {
        // GIVEN a TSV report where every line of a table ends with a tab; one row printed six values only,
        // another six values and an empty 总计 field before the trailing tab
        StringBuilder text = new StringBuilder();
        for (String line : fixture("2021_tsv.txt").split("\n", -1)) {
            text.append(line).append(line.indexOf('\t') >= 0 && !line.endsWith("\t") ? "\t" : "").append('\n');
        }
        String everyRowTrails = text.toString()
                .replace("三、本年度办理结果\t(一) 予以公开\t6\t1\t1\t0\t0\t0\t8\t", "三、本年度办理结果\t(一) 予以公开\t6\t1\t1\t0\t0\t0\t")
                .replace("\t(二) 部分公开(区分处理的，只计这一情形，不计其他情形)\t2\t0\t0\t0\t1\t0\t3\t",
                        "\t(二) 部分公开(区分处理的，只计这一情形，不计其他情形)\t2\t0\t0\t0\t1\t0\t\t");
        // WHEN
        TableParseResult r = parse(everyRowTrails);
        // THEN the trailing tab is no cell, the empty field before it is
        assertThat(values(r, TableKind.T2, "R3_1")).containsExactly("6", "1", "1", "0", "0", "0");
        assertThat(values(r, TableKind.T2, "R3_2")).containsExactly("2", "0", "0", "0", "1", "0", "BLANK");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).extracting(ParseProblem::getRowKey).containsExactly("R3_1");
    }

    @Test
    void should_read_a_lone_tab_or_a_line_of_spaces_inside_a_tab_prefixed_row_as_a_blank_cell() throws IOException {
        // GIVEN tab-prefixed cells: （一）予以公开 ends with a lone tab, 一、本年新收 with a line of spaces, in
        // place of their 总计; the lone tab after the blank line below stays the next row's merged label cell
        String text = fixture("2021_cells_tab.txt")
                .replace("\t\u00a00 \n\t\u00a08 \n\n\t\n", "\t\u00a00 \n\t\n\n\t\n")
                .replace("\t\u00a00 \n\t\u00a017 \n", "\t\u00a00 \n   \n");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(values(r, TableKind.T2, "R3_1")).containsExactly("6", "1", "1", "0", "0", "0", "BLANK");
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("12", "3", "1", "0", "1", "0", "BLANK");
        assertThat(values(r, TableKind.T2, "R3_2")).containsExactly("2", "0", "0", "0", "1", "0", "3");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
    }

    @Test
    void should_keep_blank_cells_of_table_3_in_every_delimited_layout() throws IOException {
        // GIVEN table 3 with a blank 行政复议 总计 and a blank last 总计, as pipes and as TSV
        String pipes = fixture("2021_pipes.md").replace("| 2 | 1 | 0 | 1 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |",
                "| 2 | 1 | 0 | 1 |  | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 |  |");
        String tsv = fixture("2021_tsv.txt").replace("2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t0\t0\t1",
                "2\t1\t0\t1\t\t1\t0\t0\t0\t1\t0\t1\t0\t0\t");
        for (String text : List.of(pipes, tsv)) {
            // WHEN
            TableParseResult r = parse(text);
            // THEN
            assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "BLANK");
            assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
            assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "BLANK");
            assertThat(r.problems()).extracting(ParseProblem::getTable).doesNotContain(TableKind.T3);
        }
    }

    @Test
    void should_keep_blank_cells_of_table_3_printed_one_per_line() throws IOException {
        // GIVEN tab-prefixed table 3 cells with lone tabs for the 行政复议 and the last 总计
        String text = fixture("2021_cells_tab.txt")
                .replace("\t1\n\t4\n\t1\n", "\t1\n\t\n\t1\n")
                .replace("\t0\n\t0\n\t1\n\n五、", "\t0\n\t0\n\t\n\n五、");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "BLANK");
        assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "BLANK");
        assertThat(r.problems()).extracting(ParseProblem::getTable).doesNotContain(TableKind.T3);
    }

    @Test
    void should_keep_a_blank_first_cell_of_table_3_in_place() throws IOException {
        // GIVEN table 3 whose first cell (行政复议 维持) and 未经复议直接起诉 维持 are blank, in pipes, TSV and tab-prefixed cells
        String pipes = fixture("2021_pipes.md").replace("| 2 | 1 | 0 | 1 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |",
                "|  | 1 | 0 | 1 | 4 |  | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |");
        String tsv = fixture("2021_tsv.txt").replace("2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t0\t0\t1",
                "\t1\t0\t1\t4\t\t0\t0\t0\t1\t0\t1\t0\t0\t1");
        String cells = fixture("2021_cells_tab.txt").replace("\n\n\t2\n\t1\n\t0\n\t1\n\t4\n\t1\n",
                "\n\n\t\n\t1\n\t0\n\t1\n\t4\n\t\n");
        for (String text : List.of(pipes, tsv, cells)) {
            // WHEN
            TableParseResult r = parse(text);
            // THEN no value moves into its neighbour's column
            assertThat(values(r, TableKind.T3, "RV")).containsExactly("BLANK", "1", "0", "1", "4");
            assertThat(values(r, TableKind.T3, "LD")).containsExactly("BLANK", "0", "0", "0", "1");
            assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "1");
            assertThat(r.problems()).extracting(ParseProblem::getTable).doesNotContain(TableKind.T3);
        }
    }

    @Test
    void should_not_call_a_row_glued_when_a_blank_before_its_values_explains_the_shortage() throws IOException {
        // GIVEN a pipe row whose first applicant cell is empty and whose six values hold eight digits
        String text = fixture("2021_pipes.md").replace("| 三、本年度办理结果 | (一) 予以公开 | 6 | 1 | 1 | 0 | 0 | 0 | 8 |  |",
                "| （一）予以公开 |  | 16 | 10 | 0 | 0 | 0 | 26 |");
        // WHEN
        TableParseResult r = parse(text);
        // THEN the row is short (the empty field may be a merged label cell), not unreadable
        assertThat(values(r, TableKind.T2, "R3_1")).containsExactly("16", "10", "0", "0", "0", "26");
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).extracting(ParseProblem::getRowKey).containsExactly("R3_1");
    }
}
