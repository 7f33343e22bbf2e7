package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.matrix;
import static org.nianbao.audit.parse.table.TableAssertions.problems;
import static org.nianbao.audit.parse.table.TableAssertions.table;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableKind;

/**
 * Blank lines of a one-cell-per-line row that are the exporter's spacing, not blank cells: a blank line
 * after every row label, or between table 3's groups of five. A short row there keeps its values where they
 * were printed and is reported; a spacing that merely happens to add up to the shortage moves nothing.
 */
class CellLineSpacingTest {
    private static final String TAB = "fixtures/layouts/2021_cells_tab.txt";
    private static final String PLAIN = "fixtures/layouts/2021_cells_plain.txt";
    private static final String R1_LABEL = "\t一、本年新收政府信息公开申请数量\n";
    private static final String R2_LABEL = "\t二、上年结转政府信息公开申请数量\n";
    /** R2's values in the tab-prefixed fixture: 2 0 0 0 0 1 3. */
    private static final String R2_VALUES = "\t\u00a02 \n\t\u00a00 \n\t\u00a00 \n\t\u00a00 \n\t\u00a00 \n\t\u00a01 \n\t\u00a03 \n";
    /** The same row with its 总计 left out. */
    private static final String R2_NO_TOTAL = R2_VALUES.replace("\t\u00a03 \n", "");
    /** Table 3's data row of the tab-prefixed fixture: 2 1 0 1 4 | 1 0 0 0 1 | 0 1 0 0 1. */
    private static final String TAB_T3 = "\n\t2\n\t1\n\t0\n\t1\n\t4\n\t1\n\t0\n\t0\n\t0\n\t1\n\t0\n\t1\n\t0\n\t0\n\t1\n\n";
    /** The same row of the plain fixture, one blank line between the values. */
    private static final String PLAIN_T3 = "总计\n\n2\n\n1\n\n0\n\n1\n\n4\n\n1\n\n0\n\n0\n\n0\n\n1\n\n0\n\n1\n\n0\n\n0\n\n1\n\n\n五、";
    private final TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());

    private static String fixture(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }

    private static String replaceOnce(String text, String row, String replacement) {
        assertThat(text.split(Pattern.quote(row), -1)).as("occurs once: %s", row).hasSize(2);
        return text.replace(row, replacement);
    }

    /**
     * The tab-prefixed fixture with one blank line after the table-2 row labels {@code which} accepts: after
     * the last text line before a row's first value (the row label's last fragment).
     */
    private static String blankLineAfterTable2Labels(Predicate<String> which) throws IOException {
        String[] lines = fixture(TAB).split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inTable2 = false;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            inTable2 = line.startsWith("三、收到和处理") || (inTable2 && !line.startsWith("四、"));
            out.append(line);
            if (k + 1 < lines.length) {
                out.append('\n');
                boolean label = !isValue(line) && !line.isBlank() && isValue(lines[k + 1]);
                if (inTable2 && label && which.test(line)) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static boolean isValue(String line) {
        return line.startsWith("\t\u00a0");
    }

    /** 1-based number of the line at which {@code marker} starts. */
    private static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("marker present").isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private TableParseResult parse(String text) {
        return parser.parse(FixtureLines.of(text));
    }

    private static List<String> shortRows(TableParseResult r) {
        return problems(r, ProblemCode.ROW_CELL_COUNT).stream().map(ParseProblem::getRowKey).toList();
    }

    @Test
    void should_parse_complete_rows_that_all_print_a_blank_line_after_their_label() throws IOException {
        // GIVEN the tab-prefixed fixture with one blank line after every table-2 row label
        String spaced = blankLineAfterTable2Labels(line -> true);
        // WHEN
        TableParseResult r = parse(spaced);
        // THEN every cell reads as in the original fixture, with no problem
        Map<String, String> original = matrix(parse(fixture(TAB)));
        assertThat(matrix(r)).isEqualTo(original);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_not_read_the_blank_line_every_row_prints_after_its_label_as_a_blank_cell() throws IOException {
        // GIVEN a blank line after every table-2 row label, and R2's 总计 left out
        String text = replaceOnce(blankLineAfterTable2Labels(line -> true), R2_LABEL + "\n" + R2_VALUES,
                R2_LABEL + "\n" + R2_NO_TOTAL);
        // WHEN
        TableParseResult r = parse(text);
        // THEN that blank line is the layout of every complete row: no value moves, the row is reported short
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("2", "0", "0", "0", "0", "1");
        assertThat(shortRows(r)).containsExactly("R2");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT).get(0).getDetail()).contains("实际6个").contains("推测")
                .doesNotContain("空行");
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("12", "3", "1", "0", "1", "0", "17");
    }

    @Test
    void should_read_an_empty_line_beyond_the_label_spacing_of_complete_rows_as_a_blank_first_cell() throws IOException {
        // GIVEN a blank line after every table-2 row label, and R2's 自然人 printed as an empty line after it
        String spaced = blankLineAfterTable2Labels(line -> true);
        String text = replaceOnce(spaced, R2_LABEL + "\n\t\u00a02 \n", R2_LABEL + "\n\n");
        // WHEN
        TableParseResult r = parse(text);
        // THEN the one empty line more than the complete rows print there is the blank 自然人, on its own line
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("BLANK", "0", "0", "0", "0", "1", "3");
        assertThat(table(r, TableKind.T2).cell("R2", "NP").orElseThrow().getLine()).isEqualTo(lineOf(text, R2_LABEL) + 2);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_report_blank_lines_after_a_label_when_complete_rows_disagree_on_them() throws IOException {
        // GIVEN a blank line after R1's and R2's labels only (the other complete rows print none), R2's 总计 left out
        String spaced = blankLineAfterTable2Labels(
                line -> line.equals(R1_LABEL.stripTrailing()) || line.equals(R2_LABEL.stripTrailing()));
        String text = replaceOnce(spaced, R2_LABEL + "\n" + R2_VALUES, R2_LABEL + "\n" + R2_NO_TOTAL);
        // WHEN
        TableParseResult r = parse(text);
        // THEN the spacing after a label is unknown: nothing is inserted, and the gap is named with the short row
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("12", "3", "1", "0", "1", "0", "17");
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("2", "0", "0", "0", "0", "1");
        assertThat(shortRows(r)).containsExactly("R2");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT).get(0).getDetail())
                .contains("第" + (lineOf(text, R2_LABEL) + 1) + "行起的空行");
    }

    @Test
    void should_keep_table_3_s_values_in_place_when_blank_lines_separate_its_groups() throws IOException {
        // GIVEN table 3's data row with a blank line between its groups of five, and the last two values left out
        String text = replaceOnce(fixture(TAB), TAB_T3,
                "\n\t2\n\t1\n\t0\n\t1\n\t4\n\n\t1\n\t0\n\t0\n\t0\n\t1\n\n\t0\n\t1\n\t0\n\n");
        // WHEN
        TableParseResult r = parse(text);
        // THEN two group breaks for two missing values is a coincidence: the values stay, the last row is short
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "4");
        assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
        assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0");
        assertThat(shortRows(r)).containsExactly("LR");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT).get(0).getDetail())
                .contains("第" + (lineOf(text, "\t1\n\t4\n\n\t1\n") + 2) + "行起的空行");
    }

    @Test
    void should_read_table_3_s_complete_data_row_with_blank_lines_between_its_groups() throws IOException {
        // GIVEN all fifteen values, with a blank line between the groups of five
        String text = replaceOnce(fixture(TAB), TAB_T3,
                "\n\t2\n\t1\n\t0\n\t1\n\t4\n\n\t1\n\t0\n\t0\n\t0\n\t1\n\n\t0\n\t1\n\t0\n\t0\n\t1\n\n");
        // WHEN
        TableParseResult r = parse(text);
        // THEN
        assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
        assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "1");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_not_read_an_empty_line_between_two_of_table_3_s_groups_as_a_blank_cell() throws IOException {
        // GIVEN 行政复议 总计 printed as an empty line: it might as well be a break before 未经复议直接起诉
        String text = replaceOnce(fixture(TAB), TAB_T3, TAB_T3.replace("\t1\n\t4\n", "\t1\n\n"));
        // WHEN
        TableParseResult r = parse(text);
        // THEN nothing is inserted across the groups; the values stay as printed and the gap is named
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "1");
        assertThat(values(r, TableKind.T3, "LR")).hasSize(4);
        assertThat(shortRows(r)).containsExactly("LR");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT).get(0).getDetail())
                .contains("第" + (lineOf(text, TAB_T3.replace("\t1\n\t4\n", "\t1\n\n")) + 5) + "行起的空行");
    }

    @Test
    void should_not_read_a_gap_in_table_3_s_data_row_when_its_other_spacings_vary() throws IOException {
        // GIVEN the plain data row with 结果纠正 printed as an empty line inside 行政复议, and two values of
        // 未经复议直接起诉 printed without the blank line between them
        String row = PLAIN_T3.replace("总计\n\n2\n\n1\n", "总计\n\n2\n\n\n")
                .replace("\n\n0\n\n0\n\n0\n\n1\n\n0\n", "\n\n0\n0\n\n0\n\n1\n\n0\n");
        String text = replaceOnce(fixture(PLAIN), PLAIN_T3, row);
        // WHEN
        TableParseResult r = parse(text);
        // THEN the row's own spacing is no evidence: fourteen values as printed, the last row short
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "0", "1", "4", "1");
        assertThat(shortRows(r)).containsExactly("LR");
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT).get(0).getDetail())
                .contains("第" + (lineOf(text, row) + 3) + "行起的空行");
    }
}
