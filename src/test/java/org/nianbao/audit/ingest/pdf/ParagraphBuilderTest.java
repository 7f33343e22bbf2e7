package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.SourceSpan;

class ParagraphBuilderTest {
    private int number;

    /** A line of 12 pt text starting at x, one em per character, numbered on its page. */
    private PdfLine line(String text, double x, double baseline) {
        return line(text, x, baseline, 12);
    }

    /** A line in a font of {@code size} points, one em per character. */
    private PdfLine line(String text, double x, double baseline, double size) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x + i * size, baseline, size, size));
        }
        return LineBuilder.lines(1, glyphs).get(0).numbered(++number);
    }

    @Test
    void should_join_lines_broken_inside_a_sentence_and_keep_numbered_items_and_new_paragraphs_apart() {
        // GIVEN a paragraph of three full lines (the margin at x 72 … 516), an item, and an indented paragraph
        List<PageItem> items = List.of(
                line("一、总体情况", 96, 100),
                line("所有办结的信息公开申请中同意公开答复9件，部分公开", 96, 128),
                line("答复0件，转下一年度办理答复的有1件，均在法定期限", 72, 156),
                line("内答复。", 72, 184),
                line("（一）主动公开情况。全年主动公开信息1136条，其中", 96, 212),
                line("政策文件12件。", 72, 240),
                line("全年未收取信息处理费，未发生因政府信息公开引起的", 96, 268),
                line("行政复议。", 72, 296));
        // WHEN
        List<Block> blocks = ParagraphBuilder.blocks(items);
        // THEN
        assertThat(blocks).containsExactly(
                TextBlock.heading("一、总体情况", SourceSpan.pageLine(1, 1)),
                TextBlock.paragraph("所有办结的信息公开申请中同意公开答复9件，部分公开答复0件，转下一年度办理答复的有1件，均在法定期限内答复。",
                        SourceSpan.pageLine(1, 2)),
                TextBlock.paragraph("（一）主动公开情况。全年主动公开信息1136条，其中政策文件12件。", SourceSpan.pageLine(1, 5)),
                TextBlock.paragraph("全年未收取信息处理费，未发生因政府信息公开引起的行政复议。", SourceSpan.pageLine(1, 7)));
    }

    @Test
    void should_keep_a_page_header_field_out_of_a_title_that_runs_to_the_margin() {
        // GIVEN a page printed from a site: a title as wide as the text, then its 来源/时间 line, then the body
        List<PageItem> items = List.of(
                line("平潭综合实验区行政审批局2025年政府信息公开工作年度报告", 72, 100),
                line("来源：区行政审批局 时间：2026-01-30 16:07", 72, 128),
                line("根据《中华人民共和国政府信息公开条例》要求，编制本报告，全文共六个部分", 72, 156),
                line("组成。", 72, 184));
        // WHEN
        List<Block> blocks = ParagraphBuilder.blocks(items);
        // THEN the title, the header line and the paragraph are three blocks
        assertThat(blocks).extracting(b -> ((TextBlock) b).text()).containsExactly(
                "平潭综合实验区行政审批局2025年政府信息公开工作年度报告",
                "来源：区行政审批局 时间：2026-01-30 16:07",
                "根据《中华人民共和国政府信息公开条例》要求，编制本报告，全文共六个部分组成。");
    }

    @Test
    void should_join_the_centred_lines_of_a_large_title_but_not_a_side_caption_in_the_same_font() {
        // GIVEN a side column's caption at the left margin in 18 pt, then a centred two-line title in 18 pt
        List<PageItem> items = List.of(
                line("政府信息公开年报", 20, 100, 18),
                line("洪泽区人民政府", 231, 130, 18),
                line("2023年政府信息公开工作年度报告", 159, 160, 18),
                line("根据《中华人民共和国政府信息公开条例》要求，编制本报告，全文共六个部分组成。", 72, 200),
                line("本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。", 72, 228));
        // WHEN
        List<Block> blocks = ParagraphBuilder.blocks(items);
        // THEN the caption stays apart and the title's two lines are one heading
        assertThat(blocks.subList(0, 2)).containsExactly(
                TextBlock.heading("政府信息公开年报", SourceSpan.pageLine(1, 1)),
                TextBlock.heading("洪泽区人民政府2023年政府信息公开工作年度报告", SourceSpan.pageLine(1, 2)));
    }
}
