package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageChromeFilterTest {
    private static PdfLine line(int page, String text, double baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), 90 + i * 12, baseline, 12, 12));
        }
        return LineBuilder.lines(page, glyphs).get(0);
    }

    private static PageLayout page(int n, String... texts) {
        List<PageItem> items = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            items.add(line(n, texts[i], 60 + i * 30));
        }
        return new PageLayout(n, items, 100, 0);
    }

    private static List<String> texts(PageLayout page) {
        return page.items().stream().map(i -> ((PdfLine) i).text()).toList();
    }

    @Test
    void should_remove_page_number_lines_at_the_foot_or_head_of_a_page() {
        // GIVEN pages numbered in the usual ways
        List<PageLayout> pages = List.of(page(1, "正文第一行", "-1-"), page(2, "— 2 —", "正文第二行"),
                page(3, "正文第三行", "第 3 页 共 5 页"), page(4, "正文第四行", "4/5"), page(5, "正文第五行", "- 5 -"));
        // WHEN
        List<PageLayout> out = PageChromeFilter.filter(pages);
        // THEN only the report's own lines remain
        assertThat(out).extracting(PageChromeFilterTest::texts).containsExactly(List.of("正文第一行"), List.of("正文第二行"),
                List.of("正文第三行"), List.of("正文第四行"), List.of("正文第五行"));
    }

    @Test
    void should_remove_a_running_header_repeated_across_pages_but_keep_the_body() {
        // GIVEN a header line on top of every page, with its page number in it
        List<PageLayout> pages = List.of(page(1, "洪泽区人民政府公报 第1期", "标题", "正文"),
                page(2, "洪泽区人民政府公报 第2期", "正文二"), page(3, "洪泽区人民政府公报 第3期", "正文三"));
        // WHEN
        List<PageLayout> out = PageChromeFilter.filter(pages);
        // THEN
        assertThat(out).extracting(PageChromeFilterTest::texts)
                .containsExactly(List.of("标题", "正文"), List.of("正文二"), List.of("正文三"));
    }

    @Test
    void should_keep_a_number_that_stands_in_the_body() {
        // GIVEN a lone number in the middle of a page
        List<PageLayout> pages = List.of(page(1, "正文一", "正文二", "12", "正文三", "正文四"));
        // WHEN / THEN
        assertThat(texts(PageChromeFilter.filter(pages).get(0))).contains("12");
    }
}
