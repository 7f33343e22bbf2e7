package org.nianbao.audit.render.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.cli.AuditorFactory;
import org.nianbao.audit.cli.Main;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The pages the audit writes, in a real browser: index.html sorts and filters, every link resolves, no
 * page logs an error, nothing overflows at 900 and 1400 px, Chinese text renders with real glyphs, an agency
 * page prints on A4. The batch: the five seeds, the hostile files (not assessable) and a seed renamed to a
 * long agency name. Screenshots go to target/browser/.
 */
class AuditPagesBrowserTest {
    private static final Path TARGET = Path.of("target", "browser");
    private static final Path PAGES = TARGET.resolve("pages");
    private static final String LONG_NAME = "平潭综合实验区自然资源与生态环境局";
    private static Chromium chromium;

    @BeforeAll
    static void auditAndStartChromium() throws IOException {
        chromium = Chromium.start();
        Path extra = Files.createDirectories(TARGET.resolve("input"));
        String seed = Files.readString(seedFile("001"), StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("long-name.txt"), seed.replace("红旗区科学技术局", LONG_NAME), StandardCharsets.UTF_8);
        int code = Main.run(new String[] {"audit", "fixtures/seeds", "fixtures/hostile", extra.toString(), "--out",
            PAGES.toString(), "--format", "json,html,md,csv,xlsx", "--quiet"}, AuditorFactory.PIPELINE);
        assertThat(code).isZero();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void screen() {
        chromium.media("screen");
        chromium.viewport(1400, 1000);
    }

    @Test
    void should_list_agencies_worst_first_and_sort_by_a_clicked_column_showing_its_direction() throws IOException {
        // GIVEN the index as written
        assertThat(chromium.open(PAGES.resolve("index.html"))).isEmpty();
        List<String> grades = column("data-grade");
        // THEN the worst grade comes first and the reports that could not be assessed form the last group
        assertThat(grades.get(0)).isEqualTo("D");
        assertThat(grades).containsSubsequence("D", "C", "B", "A", "不可评估");
        assertThat(grades.subList(grades.indexOf("不可评估"), grades.size())).containsOnly("不可评估");
        WebElement score = header("得分");
        // WHEN the score column is clicked
        score.click();
        // THEN rows are by score ascending (not assessable, without a score, first) and the header shows ▲
        List<Integer> scores = scores();
        assertThat(scores).isSorted();
        assertThat(afterContent(score)).isEqualTo("\"▲\"");
        assertThat(chromium.driver().findElement(By.id("sort-state")).getText()).isEqualTo("当前排序：得分 ▲ 升序");
        // WHEN clicked again THEN descending, ▼
        score.click();
        List<Integer> reversed = scores();
        assertThat(reversed).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(afterContent(score)).isEqualTo("\"▼\"");
        assertThat(afterContent(header("机关"))).isEqualTo("\"⇅\"");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void should_filter_by_agency_grade_and_rule() {
        // GIVEN
        chromium.open(PAGES.resolve("index.html"));
        long notAssessable = column("data-grade").stream().filter("不可评估"::equals).count();
        // WHEN / THEN a grade, a rule id, part of a name, 不可评估, two tokens, nothing
        assertThat(filter("D")).containsExactly("张家港市科技局");
        assertThat(filter("spam-subst")).containsExactly("张家港市科技局");
        // the file holding two reports (红旗区's, then 金乡县's) is not assessable and names both in its reason
        assertThat(filter("金乡")).containsExactlyInAnyOrder("金乡县科学技术局", "未识别");
        assertThat(filter("不可评估")).hasSize((int) notAssessable);
        assertThat(filter("A TBL-CELLS")).containsExactly("景德镇市科学技术局");
        assertThat(filter("没有这个机关")).isEmpty();
        assertThat(chromium.driver().findElement(By.id("no-match")).isDisplayed()).isTrue();
        assertThat(chromium.driver().findElement(By.id("shown")).getText()).startsWith("显示 0 / ");
        // WHEN a problem's "筛选这些机关" is pressed THEN the table shows the agencies it hit
        filter("");
        chromium.driver().findElement(By.cssSelector("button.filter[data-filter='SPAM-KW']")).click();
        assertThat(visibleAgencies()).containsExactly("张家港市科技局");
        assertThat(chromium.driver().findElement(By.id("filter")).getDomProperty("value")).isEqualTo("SPAM-KW");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void should_resolve_every_link_of_the_index_the_pages_and_the_catalogue() throws IOException {
        // GIVEN every page the batch wrote
        List<Path> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, TreeSet<String>> anchors = new LinkedHashMap<>();
        for (Path page : pages) {
            assertThat(chromium.open(page)).as(page.toString()).isEmpty();
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) chromium.script(
                    "return Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) { return a.href; });");
            for (String href : hrefs) {
                URI uri = URI.create(href);
                // THEN every link stays on the disk, next to the pages, and its file exists
                assertThat(uri.getScheme()).as(href).isEqualTo("file");
                Path target = Path.of(URI.create("file://" + uri.getRawPath()));
                assertThat(target).as(href + " on " + page.getFileName()).exists();
                assertThat(target.getParent()).isEqualTo(PAGES.toAbsolutePath());
                if (uri.getFragment() != null && !uri.getFragment().isEmpty()) {
                    anchors.computeIfAbsent(target, k -> new TreeSet<>()).add(uri.getFragment());
                }
            }
        }
        // THEN and every #anchor names an element of its page (rule ids in the catalogue, sections in the index)
        assertThat(anchors).containsKey(PAGES.resolve("rules.html").toAbsolutePath());
        for (Map.Entry<Path, TreeSet<String>> e : anchors.entrySet()) {
            chromium.open(e.getKey());
            for (String id : e.getValue()) {
                assertThat(chromium.script("return document.getElementById(arguments[0]) !== null;", id))
                        .as(e.getKey().getFileName() + "#" + id).isEqualTo(true);
            }
        }
    }

    @Test
    void should_fit_every_page_at_900_and_1400_px_without_squeezing_agency_names() throws IOException {
        for (int width : List.of(900, 1400)) {
            chromium.viewport(width, 1000);
            for (String page : List.of("index.html", "rules.html", "张家港市科技局-2022.html", "金乡县科学技术局-2023.html",
                    LONG_NAME + "-2023.html", notAssessablePage())) {
                // GIVEN / WHEN
                assertThat(chromium.open(PAGES.resolve(page))).isEmpty();
                // THEN nothing is wider than the window
                @SuppressWarnings("unchecked")
                List<String> overflowing = (List<String>) chromium.script("""
                        var w = document.documentElement.clientWidth, out = [];
                        if (document.documentElement.scrollWidth > w) { out.push('document ' + document.documentElement.scrollWidth); }
                        document.querySelectorAll('body *').forEach(function (el) {
                          var r = el.getBoundingClientRect();
                          if (r.width > 0 && r.right > w + 1) { out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right)); }
                        });
                        return out;""");
                assertThat(overflowing).as(page + " at " + width + " px").isEmpty();
            }
            chromium.open(PAGES.resolve("index.html"));
            // THEN agency names keep a readable width: short names on one line, the long one in few lines
            @SuppressWarnings("unchecked")
            Map<String, Object> names = (Map<String, Object>) chromium.script("""
                    var m = {};
                    document.querySelectorAll('td.agency a').forEach(function (a) {
                      m[a.textContent] = [a.getClientRects().length, a.parentElement.getBoundingClientRect().width,
                        parseFloat(getComputedStyle(a).fontSize)];
                    });
                    return m;""");
            for (Map.Entry<String, Object> e : names.entrySet()) {
                List<?> v = (List<?>) e.getValue();
                double cellWidth = ((Number) v.get(1)).doubleValue();
                double em = ((Number) v.get(2)).doubleValue();
                assertThat(cellWidth).as(e.getKey() + " at " + width).isGreaterThanOrEqualTo(12 * em);
                if (e.getKey().length() <= 10) {
                    assertThat(((Number) v.get(0)).intValue()).as(e.getKey() + " at " + width).isEqualTo(1);
                }
            }
            assertThat(((Number) ((List<?>) names.get(LONG_NAME)).get(0)).intValue()).as(LONG_NAME).isLessThanOrEqualTo(2);
            screenshot("index-" + width + ".png");
        }
        chromium.viewport(900, 1000);
        chromium.open(PAGES.resolve("张家港市科技局-2022.html"));
        screenshot("agency-900.png");
    }

    @Test
    void should_render_chinese_with_real_glyphs() {
        // GIVEN the index in the page's own font stack
        chromium.open(PAGES.resolve("index.html"));
        // WHEN two different characters and a private-use character (drawn as the missing-glyph box) are drawn
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) chromium.script("""
                var c = document.createElement('canvas'); c.width = 64; c.height = 64;
                var x = c.getContext('2d'); x.font = '48px ' + getComputedStyle(document.body).fontFamily;
                function draw(ch) { x.clearRect(0, 0, 64, 64); x.fillText(ch, 4, 52); return Array.prototype.join.call(x.getImageData(0, 0, 64, 64).data, ''); }
                return [draw('审'), draw('核'), draw('\\uE000')];""");
        // THEN the characters have glyphs of their own: not one box for all (fonts-noto-cjk installed)
        assertThat(drawn.get(0)).as("审 vs 核").isNotEqualTo(drawn.get(1));
        assertThat(drawn.get(0)).as("审 vs missing glyph").isNotEqualTo(drawn.get(2));
        assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("政府信息公开工作年度报告批量审核总览");
    }

    @Test
    void should_print_an_agency_page_on_a4_without_navigation() {
        // GIVEN an agency page laid out for print
        chromium.open(PAGES.resolve("张家港市科技局-2022.html"));
        chromium.media("print");
        // THEN the navigation is gone and a finding is never split over two sheets
        assertThat(chromium.script("return getComputedStyle(document.querySelector('nav')).display;")).isEqualTo("none");
        assertThat(chromium.script("return getComputedStyle(document.querySelector('.finding')).breakInside;")).isEqualTo("avoid");
        // WHEN printed with the page's own page size THEN the sheets are A4 (595 × 842 pt)
        Object data = chromium.driver().executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true)).get("data");
        String pdf = new String(Base64.getDecoder().decode((String) data), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF").containsPattern("/MediaBox \\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\]");
    }

    private static List<String> column(String attribute) {
        return chromium.driver().findElements(By.cssSelector("#agencies tbody tr")).stream()
                .map(r -> r.getDomAttribute(attribute)).toList();
    }

    private static WebElement header(String text) {
        return chromium.driver().findElements(By.cssSelector("#agencies thead th")).stream()
                .filter(th -> th.getText().equals(text)).findFirst().orElseThrow();
    }

    private static String afterContent(WebElement th) {
        return (String) chromium.script("return getComputedStyle(arguments[0], '::after').content;", th);
    }

    private static List<Integer> scores() {
        return chromium.driver().findElements(By.cssSelector("#agencies tbody tr td:nth-child(4)")).stream()
                .map(td -> Integer.valueOf(td.getDomAttribute("data-sort"))).toList();
    }

    private static List<String> filter(String text) {
        WebElement input = chromium.driver().findElement(By.id("filter"));
        chromium.script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'));", input);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        return visibleAgencies();
    }

    private static List<String> visibleAgencies() {
        List<String> names = new ArrayList<>();
        for (WebElement row : chromium.driver().findElements(By.cssSelector("#agencies tbody tr"))) {
            if (row.isDisplayed()) {
                names.add(row.findElement(By.cssSelector("td.agency a, td.agency span.name")).getText());
            }
        }
        return names;
    }

    private static String notAssessablePage() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("empty")).filter(n -> n.endsWith(".html"))
                    .findFirst().orElseThrow();
        }
    }

    private static void screenshot(String name) {
        try {
            Files.write(TARGET.resolve(name), chromium.driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path seedFile(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("fixtures", "seeds"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }
}
