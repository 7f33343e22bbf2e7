package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.problems;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableKind;

/** Blank first applicant cells (自然人) of table 2's labelled rows in Markdown pipes and TSV. */
class DelimitedBlankCellsTest {
    private static final String R1 = "一、本年新收政府信息公开申请数量";
    private final TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("fixtures/layouts/" + name), StandardCharsets.UTF_8);
    }

    private TableParseResult parse(String text) {
        return parser.parse(FixtureLines.of(text));
    }

    private static List<String> rowKeys(TableParseResult r, ProblemCode code) {
        return problems(r, code).stream().map(ParseProblem::getRowKey).toList();
    }

    @Test
    void should_keep_a_blank_first_applicant_cell_of_a_pipe_row_in_its_column() throws IOException {
        // GIVEN the pipe fixture, whose full rows print one merged label field after the label, with R1's
        // 自然人 printed empty in the field after it
        String text = fixture("2021_pipes.md").replace("| " + R1 + " |  | 12 | 3 | 1 | 0 | 1 | 0 | 17 |  |",
                "| " + R1 + " |  |  | 3 | 1 | 0 | 1 | 0 | 17 |  |");
        // WHEN
        TableParseResult r = parse(text);
        // THEN the blank stays in 自然人 and 17 stays the 总计
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("BLANK", "3", "1", "0", "1", "0", "17");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_keep_a_blank_first_applicant_cell_of_a_tsv_row_in_its_column() throws IOException {
        // GIVEN the TSV fixture with R1's 自然人 field empty
        String text = fixture("2021_tsv.txt").replace(R1 + "\t\t12\t3\t1\t0\t1\t0\t17\t", R1 + "\t\t\t3\t1\t0\t1\t0\t17\t");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("BLANK", "3", "1", "0", "1", "0", "17");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_keep_a_blank_first_cell_in_a_table_whose_labels_take_one_field() {
        // GIVEN a compact table (label, then the seven columns) as pipes and as TSV, R1's first field empty
        String pipes = "| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
                + "|---|---|---|---|---|---|---|---|\n"
                + "| " + R1 + " | | 3 | 0 | 0 | 0 | 0 | 3 |\n"
                + "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
                + "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
        String tsv = R1 + "\t\t3\t0\t0\t0\t0\t3\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
                + "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n";
        for (String text : List.of(pipes, tsv)) {
            // WHEN
            TableParseResult r = parse(text);
            // THEN no value moves into its left neighbour's column
            assertThat(values(r, TableKind.T2, "R1")).containsExactly("BLANK", "3", "0", "0", "0", "0", "3");
            assertThat(values(r, TableKind.T2, "R2")).containsExactly("1", "0", "0", "0", "0", "0", "1");
            assertThat(rowKeys(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
        }
    }

    @Test
    void should_keep_a_blank_first_cell_of_a_row_whose_label_sits_in_the_third_field() throws IOException {
        // GIVEN the TSV fixture with 1.属于国家秘密 (label in the third field, values right after it) printing
        // an empty 自然人 field: 0 0 0 0 0 0 become the six other columns
        String text = fixture("2021_tsv.txt").replace("\t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
                "\t(三) 不予公开\t1. 属于国家秘密\t\t0\t0\t0\t0\t0\t0");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(values(r, TableKind.T2, "R3_3_1")).containsExactly("BLANK", "0", "0", "0", "0", "0", "0");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_report_a_short_row_when_no_complete_row_shows_where_the_cells_start() {
        // GIVEN a single pipe row: nothing tells whether the empty field after the label is a merged label
        // cell or a blank 自然人
        String text = "| " + R1 + " | | 3 | 0 | 0 | 0 | 0 | 3 |\n\n五、存在的主要问题及改进情况\n";
        // WHEN
        TableParseResult r = parse(text);
        // THEN the six values are kept as printed and the row is reported short, not silently completed
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("3", "0", "0", "0", "0", "3");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).singleElement()
                .satisfies(p -> assertThat(p.getRowKey()).isEqualTo("R1"))
                .satisfies(p -> assertThat(p.getDetail()).contains("实际6个").contains("推测"));
    }

    @Test
    void should_not_take_a_merged_label_field_for_a_blank_when_complete_rows_print_it_too() throws IOException {
        // GIVEN the pipe fixture's R1 printing six values after its usual merged label field
        String text = fixture("2021_pipes.md").replace("| " + R1 + " |  | 12 | 3 | 1 | 0 | 1 | 0 | 17 |  |",
                "| " + R1 + " |  | 3 | 1 | 0 | 1 | 0 | 17 |");
        // WHEN
        TableParseResult r = parse(text);
        // THEN the empty field is the label's, as in every complete row: the row is short
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("3", "1", "0", "1", "0", "17");
        assertThat(rowKeys(r, ProblemCode.ROW_CELL_COUNT)).containsExactly("R1");
    }

    @Test
    void should_not_read_a_leading_blank_where_complete_rows_disagree_on_the_label_fields() {
        // GIVEN complete TSV rows with their label in the first field, one printing a merged label field
        // after it and one not, and a short R1 with one empty field after its label
        String text = R1 + "\t\t3\t0\t0\t0\t0\t3\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
                + "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\n\n五、存在的主要问题及改进情况\n";
        // WHEN
        TableParseResult r = parse(text);
        // THEN nothing says what the empty field is: the values stay as printed and the row is reported short
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("3", "0", "0", "0", "0", "3");
        assertThat(rowKeys(r, ProblemCode.ROW_CELL_COUNT)).containsExactly("R1");
    }

    @Test
    void should_read_a_row_of_empty_cells_under_the_values_as_seven_blank_cells() throws IOException {
        // GIVEN the pipe fixture's 2.其他法律行政法规禁止公开 printing seven empty cells, as a page's table with
        // empty <td>s does (上海市人民政府办公厅 2019)
        String text = fixture("2021_pipes.md").replace("|  |  | 2. 其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "|  |  | 2. 其他法律行政法规禁止公开 |  |  |  |  |  |  |  |");
        // WHEN
        TableParseResult r = parse(text);
        // THEN the row has its seven cells, all blank, and is no short row
        assertThat(values(r, TableKind.T2, "R3_3_2")).containsExactly("BLANK", "BLANK", "BLANK", "BLANK", "BLANK", "BLANK", "BLANK");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_not_read_blank_cells_from_a_row_of_more_empty_fields_than_the_layout_explains() throws IOException {
        // GIVEN the same row with one empty field more than its label position and the template account for
        String text = fixture("2021_pipes.md").replace("|  |  | 2. 其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "|  |  | 2. 其他法律行政法规禁止公开 |  |  |  |  |  |  |  |  |");
        // WHEN
        TableParseResult r = parse(text);
        // THEN nothing tells which empty field is which: no cells are read and the row is reported
        assertThat(values(r, TableKind.T2, "R3_3_2")).isEmpty();
        assertThat(rowKeys(r, ProblemCode.ROW_CELL_COUNT)).containsExactly("R3_3_2");
    }
}
