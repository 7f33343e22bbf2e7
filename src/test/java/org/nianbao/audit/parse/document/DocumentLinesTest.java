package org.nianbao.audit.parse.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.TextLine;

class DocumentLinesTest {
    private static GridCell cell(String text, int row, int col) {
        return GridCell.of(text, SourceSpan.tableCell(0, 1, row, col));
    }

    private static GridCell copy(String text, int row, int col) {
        return new GridCell(text, SourceSpan.tableCell(0, 1, row, col), true);
    }

    @Test
    void should_print_a_cell_spanning_two_columns_once_in_its_own_row() {
        // GIVEN table 1 of the 2019 template as a page draws it: "本年新公开数量" and its values span two grid columns
        // (上海市人民政府办公厅 2019), while 行政许可's "上一年项目数量" value spans the two columns before
        Grid grid = new Grid(List.of(
                List.of(cell("信息内容", 1, 1), cell("本年新制作数量", 1, 2), cell("本年新公开数量", 1, 3), copy("本年新公开数量", 1, 3),
                        cell("对外公开总数量", 1, 4)),
                List.of(cell("规章", 2, 1), cell("13", 2, 2), cell("13", 2, 3), copy("13", 2, 3), cell("524", 2, 4)),
                List.of(cell("行政许可", 3, 1), cell("0", 3, 2), copy("0", 3, 2), cell("0", 3, 3), cell("0", 3, 4))));
        // WHEN
        List<TextLine> lines = DocumentLines.of(List.of(new TableBlock(grid, SourceSpan.tableCell(0, 1, 0, 0))));
        // THEN each printed cell is one field: three values after each label, none of them an empty cell
        assertThat(lines).extracting(TextLine::getText).containsExactly("| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
                "| 规章 | 13 | 13 | 524 |", "| 行政许可 | 0 | 0 | 0 |");
    }

    @Test
    void should_keep_the_positions_a_cell_from_a_row_above_covers_as_empty_fields() {
        // GIVEN "三、本年度办理结果" spanning two rows and "（一）予以公开" spanning two columns
        Grid grid = new Grid(List.of(
                List.of(cell("三、本年度办理结果", 1, 1), cell("（一）予以公开", 1, 2), copy("（一）予以公开", 1, 2), cell("3", 1, 3)),
                List.of(copy("三、本年度办理结果", 1, 1), cell("（三）不予公开", 2, 2), cell("1.属于国家秘密", 2, 3), cell("0", 2, 4))));
        // WHEN
        List<TextLine> lines = DocumentLines.of(List.of(new TableBlock(grid, SourceSpan.tableCell(0, 1, 0, 0))));
        // THEN the covered position below stays an empty field (the label column), the widened label is one field
        assertThat(lines).extracting(TextLine::getText).containsExactly("| 三、本年度办理结果 | （一）予以公开 | 3 |",
                "|  | （三）不予公开 | 1.属于国家秘密 | 0 |");
    }
}
