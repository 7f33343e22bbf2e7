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
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x + i * 12, baseline, 12, 12));
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
}
