package org.nianbao.audit.ingest.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.ingest.docx.MiniDocx.numbered;
import static org.nianbao.audit.ingest.docx.MiniDocx.p;
import static org.nianbao.audit.ingest.docx.MiniDocx.tables;
import static org.nianbao.audit.ingest.docx.MiniDocx.texts;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.model.SourceSpan;

class DocxBodyTest {
    private static final String LIST = "<w:abstractNum w:abstractNumId=\"7\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimalEnclosedParen\"/><w:lvlRestart w:val=\"0\"/>"
            + "<w:lvlText w:val=\"%4\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/>"
            + "</w:lvlOverride></w:num>";

    @TempDir
    Path dir;

    @Test
    void should_print_word_automatic_numbers_in_front_of_the_text() {
        // GIVEN parts and sub-heads numbered by numbering.xml, their text without numbers
        Document doc = MiniDocx.body(numbered("3", 0, "总体情况") + numbered("3", 1, "主动公开") + numbered("3", 1, "依申请公开")
                + numbered("3", 2, "第一项") + numbered("3", 0, "主动公开政府信息情况") + numbered("3", 1, "规章")
                + numbered("3", 3, "甲") + numbered("3", 0, "收到和处理政府信息公开申请情况") + numbered("3", 3, "乙")
                + numbered("4", 0, "另起一个列表") + numbered("0", 0, "不编号")).numbering(LIST).read(dir);
        // WHEN / THEN deeper levels restart under a higher one, except a level with lvlRestart 0; an override starts anew
        assertThat(texts(doc)).containsExactly("一、总体情况", "（一）主动公开", "（二）依申请公开", "1.第一项", "二、主动公开政府信息情况",
                "（一）规章", "⑴甲", "三、收到和处理政府信息公开申请情况", "⑵乙", "五、另起一个列表", "不编号");
    }

    @Test
    void should_take_numbering_and_heading_level_from_the_paragraph_style() {
        // GIVEN a WPS-style heading style "2" named 标题 1 that carries the list, and a body style
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"a\"><w:name w:val=\"标题 2\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"b\"><w:name w:val=\"Body Text\"/><w:basedOn w:val=\"c\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"c\"><w:name w:val=\"my outline\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>";
        String body = "<w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"a\"/></w:pPr><w:r><w:t>小标题</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"b\"/></w:pPr><w:r><w:t>大纲级别3</w:t></w:r></w:p>"
                + p("正文") + "<w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr><w:r><w:t>主动公开政府信息情况</w:t></w:r></w:p>";
        // WHEN
        Document doc = MiniDocx.body(body).styles(styles).numbering(LIST).read(dir);
        // THEN
        assertThat(texts(doc)).containsExactly("一、总体情况", "小标题", "大纲级别3", "正文", "二、主动公开政府信息情况");
        assertThat(MiniDocx.kinds(doc.blocks())).isEqualTo("HHHPH");
    }

    @Test
    void should_accept_tracked_changes_show_field_results_and_drop_hidden_text_and_tables_of_contents() {
        // GIVEN insertions, deletions, a moved paragraph, a PAGE field, a simple DATE field, hidden text and a TOC field
        String field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        String toc = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC \\o \"1-3\"</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>一、总体情况\t1</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>二、主动公开\t2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        String body = toc + "<w:p><w:r><w:t>收到</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>18</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\"><w:r><w:t>17</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">第</w:t></w:r>" + field + "<w:r><w:t>页</w:t></w:r></w:p>"
                + "<w:p><w:fldSimple w:instr=\" DATE \\@ &quot;yyyy年M月d日&quot; \"><w:r><w:t>2024年1月20日</w:t></w:r></w:fldSimple></w:p>"
                + "<w:moveFrom w:id=\"3\"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>"
                + "<w:p><w:moveFrom w:id=\"4\"><w:r><w:t>移走的</w:t></w:r></w:moveFrom><w:moveTo w:id=\"5\"><w:r><w:t>移来的</w:t></w:r></w:moveTo></w:p>";
        // WHEN
        Document doc = MiniDocx.body(body).read(dir);
        // THEN
        assertThat(texts(doc)).containsExactly("收到17件", "第3页", "2024年1月20日", "移来的");
    }

    @Test
    void should_join_a_paragraph_whose_mark_was_deleted_with_the_next_and_join_line_breaks_like_chinese() {
        // GIVEN a paragraph mark deleted by tracked changes, a title broken by a manual line break, a Latin break
        String body = "<w:p><w:pPr><w:rPr><w:del w:id=\"1\"/></w:rPr></w:pPr><w:r><w:t>本年度共收到</w:t></w:r></w:p>"
                + p("申请17件。") + "<w:p><w:r><w:t>安平市科学技术局</w:t><w:br/><w:t>2023年度报告</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>12</w:t><w:br/><w:t>3</w:t></w:r></w:p>";
        // WHEN
        Document doc = MiniDocx.body(body).read(dir);
        // THEN
        assertThat(texts(doc)).containsExactly("本年度共收到申请17件。", "安平市科学技术局2023年度报告", "12 3");
    }

    @Test
    void should_read_a_text_box_once_after_its_paragraph_and_a_footnote_after_the_paragraph_citing_it() {
        // GIVEN a text box written as DrawingML with a VML fallback of the same text, and a footnote
        String box = "<w:txbxContent>" + p("文本框内容") + "</w:txbxContent>";
        String body = "<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                + "<wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:txbx>" + box
                + "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
                + "<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>" + p("下一段");
        String notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> 数据截至年底。</w:t></w:r></w:p></w:footnote>";
        // WHEN
        Document doc = MiniDocx.body(body).footnotes(notes).read(dir);
        // THEN
        assertThat(texts(doc)).containsExactly("锚定段落", "文本框内容", "正文", "注1：数据截至年底。", "下一段");
        assertThat(doc.blocks().get(3).span()).isEqualTo(SourceSpan.paragraph(0, 4));
    }

    @Test
    void should_lay_a_table_on_its_grid_with_spans_merges_skipped_columns_and_vertical_labels() {
        // GIVEN a header widened by gridSpan, a label merged down by vMerge and typed one character per
        // paragraph, a row starting after a skipped grid column, a cell of two number paragraphs
        String tbl = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + p("申请人情况") + "</w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p("办") + p("理") + p("结") + p("果") + "</w:tc>"
                + "<w:tc>" + p("予以公开") + "</w:tc><w:tc>" + p("8") + "</w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>" + p("部分公开") + "</w:tc><w:tc>" + p("12") + p("3") + "</w:tc></w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc>" + p("总计") + "</w:tc><w:tc>" + p("20") + "</w:tc></w:tr>"
                + "</w:tbl>";
        // WHEN
        Document doc = MiniDocx.body(p("表前") + tbl).read(dir);
        // THEN
        Grid grid = tables(doc).get(0).grid();
        assertThat(grid.height()).isEqualTo(4);
        assertThat(grid.width()).isEqualTo(3);
        assertThat(row(grid, 0)).containsExactly("申请人情况", "=申请人情况", "=申请人情况");
        assertThat(row(grid, 1)).containsExactly("办理结果", "予以公开", "8");
        assertThat(row(grid, 2)).containsExactly("=办理结果", "部分公开", "12 3");
        assertThat(row(grid, 3)).containsExactly("", "总计", "20");
        assertThat(grid.cell(1, 2).span()).isEqualTo(SourceSpan.tableCell(0, 1, 2, 3));
        assertThat(grid.cell(2, 0).span()).isEqualTo(SourceSpan.tableCell(0, 1, 2, 1));
        assertThat(tables(doc).get(0).span()).isEqualTo(SourceSpan.tableCell(0, 1, 0, 0));
    }

    @Test
    void should_unwrap_a_one_column_frame_and_flatten_a_table_nested_in_a_cell() {
        // GIVEN the whole report drawn inside a one-column frame, holding a paragraph and a real table whose
        // cell holds a small nested table
        String nested = "<w:tbl><w:tr><w:tc>" + p("甲") + "</w:tc><w:tc>" + p("1") + "</w:tc></w:tr></w:tbl>";
        String inner = "<w:tbl><w:tr><w:tc>" + p("行政许可") + "</w:tc><w:tc>" + nested + "<w:p/></w:tc></w:tr></w:tbl>";
        String frame = "<w:tbl><w:tr><w:tc>" + p("一、总体情况") + inner + "</w:tc></w:tr></w:tbl>";
        // WHEN
        Document doc = MiniDocx.body(frame).read(dir);
        // THEN
        assertThat(MiniDocx.kinds(doc.blocks())).isEqualTo("PT");
        assertThat(texts(doc)).containsExactly("一、总体情况");
        assertThat(row(tables(doc).get(0).grid(), 0)).containsExactly("行政许可", "甲1");
    }

    @Test
    void should_drop_rows_deleted_by_tracked_changes() {
        String tbl = "<w:tbl><w:tr><w:tc>" + p("a") + "</w:tc></w:tr><w:tr><w:trPr><w:del w:id=\"1\"/></w:trPr><w:tc>"
                + p("b") + "</w:tc></w:tr><w:tr><w:tc>" + p("c") + "</w:tc><w:tc>" + p("d") + "</w:tc></w:tr></w:tbl>";
        Document doc = MiniDocx.body(tbl).read(dir);
        assertThat(tables(doc).get(0).grid().height()).isEqualTo(2);
        assertThat(row(tables(doc).get(0).grid(), 1)).containsExactly("c", "d");
    }

    private static List<String> row(Grid grid, int r) {
        return grid.rows().get(r).stream().map(DocxBodyTest::shown).toList();
    }

    private static String shown(GridCell c) {
        return c.spanCopy() ? "=" + c.text() : c.text();
    }
}
