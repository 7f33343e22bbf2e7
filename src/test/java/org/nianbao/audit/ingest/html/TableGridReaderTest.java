package org.nianbao.audit.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.ingest.html.Pages.element;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.model.SourceSpan;

class TableGridReaderTest {

    private static Grid grid(String tableHtml) {
        return TableGridReader.read(element(tableHtml, "table"), 2);
    }

    private static List<String> row(Grid g, int r) {
        return Pages.row(new TableBlock(g, SourceSpan.NONE), r);
    }

    @Test
    void should_place_cells_after_a_rowspan_from_above_as_a_browser_draws_them() {
        // GIVEN table 2's header: a 3×3 note, 申请人情况 over seven columns, vertical 自然人 and 总计 spanning two rows
        Grid g = grid("<table><tr><td colspan=3 rowspan=3>note</td><td colspan=7>申请人情况</td></tr>"
                + "<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>"
                + "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
                + "<tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>12</td><td>3</td><td>1</td><td>0</td><td>1</td>"
                + "<td>0</td><td>17</td></tr></table>");
        // THEN every row is ten positions wide, covered positions are copies, values sit under their headers
        assertThat(g.width()).isEqualTo(10);
        assertThat(row(g, 0)).containsExactly("note", "^", "^", "申请人情况", "^", "^", "^", "^", "^", "^");
        assertThat(row(g, 1)).containsExactly("^", "^", "^", "自然人", "法人或其他组织", "^", "^", "^", "^", "总计");
        assertThat(row(g, 2)).containsExactly("^", "^", "^", "^", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
                "其他", "^");
        assertThat(row(g, 3)).containsExactly("一、本年新收政府信息公开申请数量", "^", "^", "12", "3", "1", "0", "1", "0", "17");
        assertThat(g.cell(2, 9).text()).isEqualTo("总计");
    }

    @Test
    void should_give_every_position_its_table_row_and_column_and_copies_the_span_of_their_cell() {
        // GIVEN a row label spanning two rows
        Grid g = grid("<table><tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
                + "<tr><td>2.其他法律行政法规禁止公开</td><td>7</td></tr></table>");
        // THEN
        assertThat(g.cell(1, 2)).isEqualTo(GridCell.of("7", SourceSpan.tableCell(0, 2, 2, 3)));
        assertThat(g.cell(1, 0)).isEqualTo(new GridCell("（三）不予公开", SourceSpan.tableCell(0, 2, 1, 1), true));
    }

    @Test
    void should_keep_an_empty_td_as_an_empty_cell_and_never_shift_the_values_after_it() {
        // GIVEN a row whose 商业企业 cell is printed empty, and a row one <td> short at its end
        Grid g = grid("<table><tr><td>予以公开</td><td>6</td><td></td><td>1</td></tr>"
                + "<tr><td>部分公开</td><td>2</td><td>0</td></tr></table>");
        // THEN the empty cell holds its own position; the missing one is padded as nothing
        assertThat(row(g, 0)).containsExactly("予以公开", "6", "", "1");
        assertThat(g.cell(0, 2).spanCopy()).isFalse();
        assertThat(g.cell(0, 2).span()).isEqualTo(SourceSpan.tableCell(0, 2, 1, 3));
        assertThat(row(g, 1)).containsExactly("部分公开", "2", "0", "");
        assertThat(g.cell(1, 3)).isEqualTo(GridCell.MISSING);
    }

    @Test
    void should_read_one_character_per_paragraph_headers_and_two_line_headers_as_one_label() {
        // GIVEN a vertical header and headers broken with <br> and a Word &nbsp; indent
        Grid g = grid("<table><tr><td><p>自</p><p>然</p><p>人</p></td><td><p>结果<br/>维持</p></td>"
                + "<td><p><span>本年新<br/>\n &nbsp;制作数量</span></p></td><td>商业<br>企业</td>"
                + "<td><p>三</p><p>、</p><p>本</p><p>年</p><p>度</p><p>办</p><p>理</p><p>结</p><p>果</p></td></tr></table>");
        // THEN
        assertThat(row(g, 0)).containsExactly("自然人", "结果维持", "本年新制作数量", "商业企业", "三、本年度办理结果");
    }

    @Test
    void should_stop_row_spans_at_the_end_of_the_table() {
        // GIVEN rowspan 22 in a two-row table, and rowspan="0" (to the end)
        Grid g = grid("<table><tr><td rowspan=22>三、本年度办理结果</td><td rowspan=0>x</td><td>1</td></tr>"
                + "<tr><td>2</td></tr></table>");
        // THEN
        assertThat(g.height()).isEqualTo(2);
        assertThat(row(g, 1)).containsExactly("^", "^", "2");
    }

    @Test
    void should_treat_colspan_zero_or_garbage_as_one_column() {
        Grid g = grid("<table><tr><td colspan=0>a</td><td colspan=\"x\">b</td><td colspan=\"2abc\">c</td></tr></table>");
        assertThat(row(g, 0)).containsExactly("a", "b", "c", "^");
    }

    @Test
    void should_refuse_a_grid_that_would_expand_beyond_the_position_limit() {
        // GIVEN a hostile table: 1,000 rows under one cell spanning 200 columns and all rows
        StringBuilder html = new StringBuilder("<table><tr><td colspan=9999 rowspan=65534>x</td></tr>");
        html.append("<tr><td>1</td></tr>".repeat(1000)).append("</table>");
        // WHEN / THEN no grid (the reader falls back on the cells' text)
        assertThat(grid(html.toString())).isNull();
    }

    @Test
    void should_read_the_rows_of_thead_tbody_and_tfoot_but_not_of_a_nested_table() {
        Grid g = grid("<table><thead><tr><th>信息内容</th><th>本年制发件数</th></tr></thead>"
                + "<tbody><tr><td>规章</td><td>1</td></tr></tbody><tfoot><tr><td>注</td><td>-</td></tr></tfoot></table>");
        assertThat(g.height()).isEqualTo(3);
        assertThat(row(g, 2)).containsExactly("注", "-");
    }

    @Test
    void should_tell_layout_tables_from_data_tables() {
        // GIVEN a frame around the article, a one-column box, a cell of running text, and a statistics table
        String nested = "<table><tr><td>menu</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>";
        String column = "<table><tr><td>标题</td></tr><tr><td>正文</td></tr></table>";
        String textBox = "<table><tr><td>x</td><td>" + "正文".repeat(300) + "</td></tr></table>";
        String data = "<table><tr><td>行政许可</td><td>22</td></tr></table>";
        // THEN
        assertThat(LayoutTables.isLayout(element(nested, "table"))).isTrue();
        assertThat(LayoutTables.isLayout(element(column, "table"))).isTrue();
        assertThat(LayoutTables.isLayout(element(textBox, "table"))).isTrue();
        assertThat(LayoutTables.isLayout(element(data, "table"))).isFalse();
    }
}
