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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableKind;

/**
 * Blank cells in the one-cell-per-line layouts: tab-prefixed cells with no blank line between them
 * (seed 000) and plain cells with one blank line between them (seed 003). Row 二、上年结转 prints
 * 2 0 0 0 0 1 3 in both fixtures (single digits, so no short row looks glued).
 */
class CellLineBlankCellsTest {
    /** Row 二、上年结转 of the tab-prefixed fixture (label on line 104), from its label's end to the next label. */
    private static final String TAB_R2 = "数量\n\t\u00a02 \n\t\u00a00 \n\t\u00a00 \n\t\u00a00 \n\t\u00a00 \n\t\u00a01 \n\t\u00a03 \n\n\t三、";
    /** The same row of the plain fixture (label on line 132). */
    private static final String PLAIN_R2 = "数量\n\n2\n\n0\n\n0\n\n0\n\n0\n\n1\n\n3\n\n三、";
    /** Table 3's data row of the plain fixture: 2 1 0 1 4 | 1 0 0 0 1 | 0 1 0 0 1. */
    private static final String PLAIN_T3 = "总计\n\n2\n\n1\n\n0\n\n1\n\n4\n\n1\n\n0\n\n0\n\n0\n\n1\n\n0\n\n1\n\n0\n\n0\n\n1\n\n\n五、";
    /** The start of the same row in the tab-prefixed fixture. */
    private static final String TAB_T3 = "\n\n\t2\n\t1\n\t0\n\t1\n\t4\n\t1\n";
    private final TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());

    private TableParseResult parse(String fixture, String row, String replacement) throws IOException {
        String text = Files.readString(Path.of("fixtures/layouts/" + fixture), StandardCharsets.UTF_8);
        assertThat(text.split(Pattern.quote(row), -1)).as("row occurs once").hasSize(2);
        return parser.parse(FixtureLines.of(text.replace(row, replacement)));
    }

    private static String tab(String... cells) {
        StringBuilder s = new StringBuilder("数量\n");
        for (String c : cells) {
            s.append(c.isEmpty() || c.equals("\t") ? c : "\t\u00a0" + c + " ").append('\n');
        }
        return s.append("\n\t三、").toString();
    }

    private static List<String> shortRows(TableParseResult r) {
        return problems(r, ProblemCode.ROW_CELL_COUNT).stream().map(ParseProblem::getRowKey).toList();
    }

    @Test
    void should_read_an_empty_line_inside_a_tab_prefixed_row_as_a_blank_cell() throws IOException {
        // GIVEN 自然人 and 科研机构 each printed as an empty line between the tab-prefixed cells
        TableParseResult r = parse("2021_cells_tab.txt", TAB_R2, tab("", "0", "", "0", "0", "1", "3"));
        // WHEN / THEN each empty line is a blank cell in its own column, on its own line
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("BLANK", "0", "BLANK", "0", "0", "1", "3");
        var blank = table(r, TableKind.T2).cell("R2", "NP").orElseThrow();
        assertThat(blank.getKind()).isEqualTo(CellKind.BLANK);
        assertThat(blank.getLine()).isEqualTo(105);
        assertThat(table(r, TableKind.T2).cell("R2", "RI").orElseThrow().getLine()).isEqualTo(107);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_read_a_lone_tab_right_below_the_label_as_a_blank_first_cell() throws IOException {
        // GIVEN 自然人 printed as a lone tab; complete rows print no empty cell after their label
        TableParseResult r = parse("2021_cells_tab.txt", TAB_R2, tab("\t", "0", "0", "0", "0", "1", "3"));
        // WHEN / THEN
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("BLANK", "0", "0", "0", "0", "1", "3");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_read_an_empty_or_white_line_between_plain_cells_as_a_blank_cell() throws IOException {
        // GIVEN 自然人 printed as an empty line, or as a line of NBSP, with the usual blank line around it
        for (String cell : List.of("", "\u00a0 ")) {
            // WHEN
            TableParseResult r = parse("2021_cells_plain.txt", PLAIN_R2, PLAIN_R2.replace("\n2\n", "\n" + cell + "\n"));
            // THEN
            assertThat(values(r, TableKind.T2, "R2")).containsExactly("BLANK", "0", "0", "0", "0", "1", "3");
            assertThat(table(r, TableKind.T2).cell("R2", "NP").orElseThrow().getLine()).isEqualTo(134);
            assertThat(r.problems()).isEmpty();
        }
    }

    @Test
    void should_report_a_gap_that_is_no_whole_number_of_cells() throws IOException {
        // GIVEN plain cells where 自然人 went missing with one blank line too few: two blank lines, not three
        TableParseResult r = parse("2021_cells_plain.txt", PLAIN_R2, PLAIN_R2.replace("\n\n2\n\n", "\n\n\n"));
        // WHEN / THEN nothing is inserted, and the short row names the gap it could not read
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("0", "0", "0", "0", "1", "3");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).singleElement()
                .satisfies(p -> assertThat(p.getRowKey()).isEqualTo("R2"))
                .satisfies(p -> assertThat(p.getDetail()).contains("实际6个").contains("第133行起的空行"));
    }

    @Test
    void should_report_blank_lines_that_show_more_blanks_than_the_row_lacks() throws IOException {
        // GIVEN a tab-prefixed row of six values (one missing) with two empty lines inside it
        TableParseResult r = parse("2021_cells_tab.txt", TAB_R2, tab("", "0", "0", "", "0", "0", "1", "3"));
        // WHEN / THEN two blank lines for one missing cell: no evidence says which, so nothing is inserted
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("0", "0", "0", "0", "1", "3");
        assertThat(shortRows(r)).containsExactly("R2");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT).get(0).getDetail()).contains("第105行起的空行");
    }

    @Test
    void should_not_read_blank_lines_after_the_last_value_as_cells() throws IOException {
        // GIVEN 总计 printed as an empty line before the blank line that ends the row, in both layouts
        TableParseResult tab = parse("2021_cells_tab.txt", TAB_R2, tab("2", "0", "0", "0", "0", "1", ""));
        TableParseResult plain = parse("2021_cells_plain.txt", PLAIN_R2, PLAIN_R2.replace("\n3\n", "\n\n"));
        for (TableParseResult r : List.of(tab, plain)) {
            // WHEN / THEN an extra blank line there is indistinguishable from the row break: the row is short
            assertThat(values(r, TableKind.T2, "R2")).containsExactly("2", "0", "0", "0", "0", "1");
            assertThat(shortRows(r)).containsExactly("R2");
            assertThat(problems(r, ProblemCode.ROW_CELL_COUNT).get(0).getDetail()).contains("推测");
        }
    }

    @Test
    void should_report_a_cell_left_out_without_a_trace() throws IOException {
        // GIVEN 自然人 simply not printed (no line, no extra spacing), in both layouts
        TableParseResult tab = parse("2021_cells_tab.txt", TAB_R2, tab("0", "0", "0", "0", "1", "3"));
        TableParseResult plain = parse("2021_cells_plain.txt", PLAIN_R2, PLAIN_R2.replace("\n2\n\n", "\n"));
        for (TableParseResult r : List.of(tab, plain)) {
            // WHEN / THEN the values stay as printed and the row is reported short, its columns a guess
            assertThat(values(r, TableKind.T2, "R2")).containsExactly("0", "0", "0", "0", "1", "3");
            assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).singleElement()
                    .satisfies(p -> assertThat(p.getDetail()).contains("该行应有7个数值，实际6个").contains("推测")
                            .doesNotContain("空行"));
        }
    }

    @Test
    void should_ignore_a_stray_empty_line_inside_a_complete_row() throws IOException {
        // GIVEN all seven cells printed, with one extra empty line among them
        TableParseResult r = parse("2021_cells_tab.txt", TAB_R2, tab("2", "0", "", "0", "0", "0", "1", "3"));
        // WHEN / THEN a complete row gets no eighth cell
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("2", "0", "0", "0", "0", "1", "3");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_read_an_empty_line_inside_table_3_s_data_row_as_a_blank_cell() throws IOException {
        // GIVEN table 3's 行政复议 结果纠正 printed as an empty line, in the plain and the tab-prefixed layout
        TableParseResult plain = parse("2021_cells_plain.txt", PLAIN_T3, PLAIN_T3.replace("总计\n\n2\n\n1\n", "总计\n\n2\n\n\n"));
        TableParseResult tab = parse("2021_cells_tab.txt", TAB_T3, "\n\n\t2\n\n\t0\n\t1\n\t4\n\t1\n");
        for (TableParseResult r : List.of(plain, tab)) {
            // WHEN / THEN the blank stays in its column and no value moves into the next row
            assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "BLANK", "0", "1", "4");
            assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
            assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "1");
            assertThat(r.problems()).isEmpty();
        }
    }

    @Test
    void should_report_an_unreadable_gap_in_table_3_s_data_row_with_its_short_row() throws IOException {
        // GIVEN table 3's 结果纠正 gone with one blank line too few (two blank lines where a cell takes four)
        TableParseResult r = parse("2021_cells_plain.txt", PLAIN_T3, PLAIN_T3.replace("总计\n\n2\n\n1\n\n", "总计\n\n2\n\n\n"));
        // WHEN / THEN fourteen values as printed, the shortage reported with the gap it could not read
        assertThat(values(r, TableKind.T3, "LR")).hasSize(4);
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).singleElement()
                .satisfies(p -> assertThat(p.getRowKey()).isEqualTo("LR"))
                .satisfies(p -> assertThat(p.getDetail()).contains("空行"));
    }
}
