package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBuilderTest {
    /** Glyphs of {@code text} set left to right from x on one baseline, one em apart. */
    private static List<Glyph> run(String text, double x, double baseline, double size) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x + i * size, baseline, size, size));
        }
        return glyphs;
    }

    @Test
    void should_group_glyphs_into_lines_despite_a_cjk_baseline_offset() {
        // GIVEN a CJK run and Latin digits whose font sits 1.5 pt lower, then a second line
        List<Glyph> glyphs = new ArrayList<>(run("全年受理", 100, 200, 12));
        glyphs.add(new Glyph("2", 148, 201.5, 6, 12));
        glyphs.add(new Glyph("1", 154, 201.5, 6, 12));
        glyphs.addAll(run("件", 160, 200, 12));
        glyphs.addAll(run("均已答复", 100, 228, 12));
        // WHEN
        List<PdfLine> lines = LineBuilder.lines(1, glyphs);
        // THEN
        assertThat(lines).extracting(PdfLine::text).containsExactly("全年受理21件", "均已答复");
    }

    @Test
    void should_split_a_line_into_segments_at_wide_gaps() {
        // GIVEN a label and two values far apart, as a table without borders sets them
        List<Glyph> glyphs = new ArrayList<>(run("行政许可", 80, 300, 10));
        glyphs.addAll(run("550", 250, 300, 10));
        glyphs.addAll(run("12", 350, 300, 10));
        // WHEN
        PdfLine line = LineBuilder.lines(1, glyphs).get(0);
        // THEN
        assertThat(line.segments()).extracting(PdfLine.Segment::text).containsExactly("行政许可", "550", "12");
    }

    @Test
    void should_read_a_vertical_label_set_one_character_per_line_as_one_label() {
        // GIVEN "三、本年度办理结果" one character per line inside a cell
        List<Glyph> glyphs = new ArrayList<>();
        String label = "三、本年度办理结果";
        for (int i = 0; i < label.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(label.charAt(i)), 85.6, 400 + i * 10, 43.8, 9));
        }
        // WHEN
        String text = LineBuilder.cellText(3, glyphs);
        // THEN
        assertThat(text).isEqualTo("三、本年度办理结果");
    }

    @Test
    void should_join_a_label_wrapped_inside_its_cell() {
        // GIVEN a label wrapped over two lines inside one cell
        List<Glyph> glyphs = new ArrayList<>(run("（二）部分公开（区分处理的，只计这一情形，不", 120, 500, 9));
        glyphs.addAll(run("计其他情形）", 120, 512, 9));
        // WHEN / THEN
        assertThat(LineBuilder.cellText(3, glyphs)).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    }
}
