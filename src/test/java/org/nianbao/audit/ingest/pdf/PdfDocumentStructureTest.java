package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.SourceSpan;

/** What the PDF reader makes of real and generated PDFs, block by block. */
class PdfDocumentStructureTest {
    private final PdfSourceReader reader = new PdfSourceReader();

    private Document read(String path) {
        return reader.read(Path.of(path), path);
    }

    private static List<TableBlock> tables(Document doc) {
        return doc.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }

    private static List<TextBlock> texts(Document doc) {
        return doc.blocks().stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast).toList();
    }

    private static List<GridCell> cells(TableBlock table) {
        return table.grid().rows().stream().flatMap(List::stream).filter(c -> !c.spanCopy()).toList();
    }

    @Test
    void should_join_a_table_continued_over_a_page_break_and_its_cut_label() {
        // GIVEN huaian 2024, whose 表二 runs from page 4 to page 5 with "（四）无" / "法提供" cut by the break
        // WHEN
        Document doc = read("fixtures/corpus/pdf/huaian-city-2024.pdf");
        // THEN three tables, the second on both pages, the label whole on page 4
        assertThat(tables(doc)).hasSize(3);
        TableBlock t2 = tables(doc).get(1);
        assertThat(cells(t2).stream().map(c -> c.span().page()).distinct()).containsExactly(4, 5);
        GridCell label = cells(t2).stream().filter(c -> c.text().equals("（四）无法提供")).findFirst().orElseThrow();
        assertThat(label.span().page()).isEqualTo(4);
        assertThat(cells(t2)).noneMatch(c -> c.text().equals("法提供") || c.text().equals("（四）无"));
        assertThat(cells(t2)).anyMatch(c -> c.text().equals("三、本年度办理结果"));
    }

    @Test
    void should_give_each_cell_its_page_table_row_on_the_page_and_column() {
        // GIVEN hongze 2023, whose 表三 sits on page 4
        // WHEN
        Document doc = read("fixtures/corpus/pdf/hongze-district-2023.pdf");
        // THEN its 行政复议 总计 cell (fourth row, fifth column) says so
        GridCell total = tables(doc).get(2).grid().cell(3, 4);
        assertThat(total.text()).isEqualTo("0");
        assertThat(total.span()).isEqualTo(SourceSpan.tableCell(4, 3, 4, 5));
    }

    @Test
    void should_read_a_vertical_label_set_in_a_vertical_font_as_one_cell() {
        // GIVEN hongze 2023, whose "三、本年度办理结果" is set in an Identity-V font, one character under the other
        // WHEN
        Document doc = read("fixtures/corpus/pdf/hongze-district-2023.pdf");
        // THEN
        assertThat(cells(tables(doc).get(1))).anyMatch(c -> c.text().equals("三、本年度办理结果"));
        assertThat(cells(tables(doc).get(1))).anyMatch(c -> c.text().equals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    }

    @Test
    void should_join_the_lines_of_a_paragraph_across_a_page_break_and_drop_page_numbers() {
        // GIVEN hongze 2023, where a paragraph runs from page 1 ("严格执行“分") to page 2 ("级审核、先审后发”")
        // WHEN
        Document doc = read("fixtures/corpus/pdf/hongze-district-2023.pdf");
        // THEN one paragraph, located on page 1; no "-1-" line anywhere
        TextBlock p = texts(doc).stream().filter(t -> t.text().startsWith("加强区政府门户网站")).findFirst().orElseThrow();
        assertThat(p.text()).contains("严格执行“分级审核、先审后发”程序").endsWith("未经审核的信息一律不准发布。");
        assertThat(p.span()).isEqualTo(SourceSpan.pageLine(1, 23));
        assertThat(texts(doc)).noneMatch(t -> t.text().matches("-\\s*\\d+\\s*-"));
    }

    @Test
    void should_keep_headings_apart_and_read_a_two_line_title_as_one_heading() {
        // GIVEN hongze 2024, its title on two lines in a large font
        // WHEN
        Document doc = read("fixtures/corpus/pdf/hongze-district-2024.pdf");
        // THEN
        assertThat(texts(doc).get(0)).isEqualTo(TextBlock.heading("淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
                SourceSpan.pageLine(1, 1)));
        assertThat(texts(doc)).filteredOn(t -> t.kind() == TextBlock.Kind.HEADING).extracting(TextBlock::text)
                .contains("一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项");
    }

    @Test
    void should_drop_a_header_row_repeated_on_the_next_page_and_the_running_header() {
        // GIVEN the generated report whose 表二 breaks over a page with its three header rows repeated
        // WHEN
        for (String name : new String[] {"lattice", "stream"}) {
            Document doc = read("fixtures/pdf/2021_pipes-" + name + ".pdf");
            // THEN the header reads once, and the running header line is gone
            long headers = cells(tables(doc).stream().filter(t -> cells(t).stream().anyMatch(c -> c.text().equals("商业企业")))
                    .findFirst().orElseThrow()).stream().filter(c -> c.text().equals("商业企业")).count();
            assertThat(headers).as(name).isEqualTo(1);
            assertThat(texts(doc)).as(name).noneMatch(t -> t.text().equals("安平市科学技术局政府信息公开工作年度报告"));
            assertThat(doc.blocks()).as(name).allMatch(b -> b.span().page() > 0);
            assertThat(doc.blocks().stream().map(Block::span).filter(Objects::nonNull)).isNotEmpty();
        }
    }
}
