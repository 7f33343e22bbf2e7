package org.nianbao.audit.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;

/** Markdown from PDF converters that keep tables with merged cells as HTML (MinerU and others). */
class HtmlTablesInMarkdownTest {
    private final TextDocuments documents = new TextDocuments(TemplateVocabulary.NONE);

    @Test
    void should_read_an_html_table_written_over_several_lines_as_one_table_with_its_spans_expanded() {
        // GIVEN a heading, a table over three lines with a cell spanning two rows, and a paragraph
        Document d = documents.read("t.md", List.of(
                "# 四、政府信息公开行政复议、行政诉讼情况",
                "",
                "<table><tr><td colspan=\"2\">行政复议</td><td rowspan=\"2\">总计</td></tr>",
                "<tr><td>结果维持</td><td>结果纠正</td></tr>",
                "<tr><td>1</td><td>0</td><td>1</td></tr></table>",
                "",
                "五、存在的主要问题及改进情况"));
        // WHEN / THEN
        List<Block> blocks = d.blocks();
        assertThat(blocks).hasSize(5);
        assertThat(blocks.get(2)).isInstanceOf(TableBlock.class);
        Grid grid = ((TableBlock) blocks.get(2)).grid();
        assertThat(grid.height()).isEqualTo(3);
        assertThat(grid.width()).isEqualTo(3);
        assertThat(grid.cell(0, 1).spanCopy()).isTrue();
        assertThat(grid.cell(1, 2).spanCopy()).isTrue();
        assertThat(grid.cell(1, 2).text()).isEqualTo("总计");
        assertThat(grid.cell(2, 0).text()).isEqualTo("1");
        assertThat(((TableBlock) blocks.get(2)).span().line()).isEqualTo(3);
        assertThat(blocks.get(4)).isEqualTo(TextBlock.paragraph("五、存在的主要问题及改进情况", blocks.get(4).span()));
    }

    @Test
    void should_keep_the_lines_of_a_table_that_never_closes_as_text() {
        // GIVEN a table tag opened and never closed (a cut file)
        Document d = documents.read("t.md", List.of("<table><tr><td>本年新收政府信息公开申请数量</td><td>3</td>", "二、主动公开"));
        // WHEN / THEN both lines stay paragraphs
        assertThat(d.blocks()).allSatisfy(b -> assertThat(b).isInstanceOf(TextBlock.class)).hasSize(2);
    }
}
