package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.deviations;
import static org.nianbao.audit.parse.table.TableAssertions.table;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.TableKind;

class MarkdownCellTest {
    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "商业<br>企业=商业企业",
            "逾期不补正、<br/>行政机关不再处理=逾期不补正、行政机关不再处理",
            "**信息内容**=信息内容",
            "' __总计__ '=总计",
            "0&nbsp;0=0 0",
            "12=12"})
    void should_drop_a_converters_markup_from_a_cell(String printed, String text) {
        assertThat(MarkdownCell.clean(printed)).isEqualTo(text);
    }

    @Test
    void should_read_a_row_whose_label_a_converter_broke_with_br() {
        // GIVEN table 2 with a label broken over two lines of its cell and a bold header
        TableParseResult r = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template()).parse(FixtureLines.of(
                "| **申请人情况** | 自然人 | 商业<br>企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
                        + "| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
                        + "| 1.申请人无正当理由逾期不补正、<br>行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"));
        // WHEN / THEN the row is read by its whole label, and the header words are the template's
        assertThat(values(r, TableKind.T2, "R3_6_1")).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(deviations(table(r, TableKind.T2))).isEmpty();
    }
}
