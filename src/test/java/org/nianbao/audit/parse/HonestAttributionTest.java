package org.nianbao.audit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;

/**
 * A section, table or row is the agency's omission only when the document prints neither its heading nor its
 * labels; printed but unread, it is the parser's problem, said as such (origin extraction) with where it was seen.
 */
class HonestAttributionTest {
    private static AnnualReport pipes(UnaryOperator<String> edit) throws IOException {
        String text = edit.apply(Files.readString(Path.of("fixtures/layouts/2021_pipes.md"), StandardCharsets.UTF_8));
        return Reports.text(text.split("\n", -1));
    }

    private static List<ParseProblem> problems(AnnualReport r, ProblemCode code) {
        return r.getProblems().stream().filter(p -> p.getCode() == code).toList();
    }

    @Test
    void should_call_a_section_heading_printed_inside_a_paragraph_unread_not_missing() throws IOException {
        // GIVEN section 五's heading run into the end of the table-3 paragraph before it
        AnnualReport r = pipes(t -> t.replace("| 2 | 1 | 0 | 1 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |\n\n五、存在的主要问题及改进情况\n",
                "| 2 | 1 | 0 | 1 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |\n\n以上为复议诉讼情况。五、存在的主要问题及改进情况\n"));
        // WHEN / THEN section 5 is not found, and the problem says where its heading stands
        assertThat(r.getSections()).extracting(s -> s.getNumber()).doesNotContain(5);
        assertThat(problems(r, ProblemCode.SECTION_MISSING)).isEmpty();
        assertThat(problems(r, ProblemCode.SECTION_UNREAD)).singleElement().satisfies(p -> {
            assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION);
            assertThat(p.getSection()).isEqualTo(5);
            assertThat(p.getQuote()).startsWith("五、存在的主要问题及改进情况");
            assertThat(p.getDetail()).contains("第五部分的标题印在第" + p.getLine() + "行的文字中间");
        });
    }

    @Test
    void should_call_a_section_missing_when_its_heading_is_printed_nowhere() throws IOException {
        // GIVEN section 五 left out entirely WHEN
        AnnualReport r = pipes(t -> t.replace("五、存在的主要问题及改进情况\n", ""));
        // THEN
        assertThat(problems(r, ProblemCode.SECTION_MISSING)).singleElement()
                .satisfies(p -> assertThat(p.getSection()).isEqualTo(5));
        assertThat(problems(r, ProblemCode.SECTION_UNREAD)).isEmpty();
    }

    @Test
    void should_call_a_table_whose_labels_stand_in_prose_unread_not_missing() throws IOException {
        // GIVEN table 3 replaced by a sentence that still prints its group labels
        AnnualReport r = pipes(t -> t.substring(0, t.indexOf("| 行政复议 |")) + "行政复议0件；未经复议直接起诉0件，复议后起诉0件。\n\n"
                + t.substring(t.indexOf("五、存在的主要问题及改进情况")));
        // WHEN / THEN
        assertThat(r.getTables()).extracting(StatTable::getKind).containsExactly(TableKind.T1, TableKind.T2);
        assertThat(problems(r, ProblemCode.TABLE_MISSING)).isEmpty();
        assertThat(problems(r, ProblemCode.TABLE_UNREAD)).singleElement().satisfies(p -> {
            assertThat(p.getTable()).isEqualTo(TableKind.T3);
            assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION);
            assertThat(p.getQuote()).isEqualTo("行政复议0件；未经复议直接起诉0件，复议后起诉0件。");
        });
    }

    @Test
    void should_call_a_row_whose_label_is_printed_but_not_read_unread_not_missing() throws IOException {
        // GIVEN table 1's 行政许可 row labelled in words the template does not know
        AnnualReport r = pipes(t -> t.replace("| 行政许可 | 22 |", "| 行政许可决定数 | 22 |"));
        // WHEN / THEN the row is not read, and the problem is the parser's, with the printed label
        assertThat(problems(r, ProblemCode.ROW_MISSING)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_UNREAD)).singleElement().satisfies(p -> {
            assertThat(p.getRowKey()).isEqualTo("license");
            assertThat(p.getQuote()).isEqualTo("行政许可决定数");
            assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION);
        });
    }

    @Test
    void should_call_a_row_whose_wrapped_label_surrounds_its_values_unread_not_missing() throws IOException {
        // GIVEN table 2's 部分公开 row as text extracted from a PDF prints it: the label's first line, the values, the rest
        AnnualReport r = pipes(t -> t.replace("|  | (二) 部分公开(区分处理的, 只计这一情形, 不计其他情形) | 2 | 0 | 0 | 0 | 1 | 0 | 3 |  |",
                "（二）部分公开（区分处理的，只计这一情\n  2    0    0    0    1    0    3\n形，不计其他情形）"));
        // WHEN / THEN the row is the parser's problem, quoted where its label starts
        assertThat(problems(r, ProblemCode.ROW_MISSING)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_UNREAD)).singleElement().satisfies(p -> {
            assertThat(p.getRowKey()).isEqualTo("R3_2");
            assertThat(p.getQuote()).isEqualTo("（二）部分公开（区分处理的，只计这一情");
            assertThat(p.getOrigin()).isEqualTo(Origin.EXTRACTION);
        });
    }

    @Test
    void should_read_a_row_label_printed_without_its_number_where_that_row_is_due() throws IOException {
        // GIVEN "3. 其他" printed as "其他" right after the row before it
        AnnualReport r = pipes(t -> t.replace("| 3. 其他 |", "| 其他 |"));
        // WHEN
        TableRow other = r.getTables().get(1).getRows().stream().filter(row -> row.getKey().equals("R3_6_3"))
                .findFirst().orElseThrow();
        // THEN the row is read, its label a deviation from the template's
        assertThat(other.getLabel()).isEqualTo("其他");
        assertThat(other.getLabelMatch()).isEqualTo(LabelMatch.FUZZY);
        assertThat(other.getCellCount()).isEqualTo(7);
        assertThat(problems(r, ProblemCode.ROW_AMBIGUOUS)).isEmpty();
    }

    @Test
    void should_not_call_a_text_printing_a_tables_labels_no_report() {
        // GIVEN no title, no section heading, but table 2's rows printed in running text
        AnnualReport r = Reports.text("收到和处理政府信息公开申请情况如下：一、本年新收政府信息公开申请数量5件，二、上年结转政府信息公开申请数量0件，"
                + "四、结转下年度继续办理0件。");
        // WHEN / THEN it is a report whose table could not be read, not a text that is no report
        assertThat(problems(r, ProblemCode.NOT_A_REPORT)).isEmpty();
        assertThat(problems(r, ProblemCode.TABLE_UNREAD)).extracting(ParseProblem::getTable).containsExactly(TableKind.T2);
    }
}
