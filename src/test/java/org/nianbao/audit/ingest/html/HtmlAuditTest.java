package org.nianbao.audit.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.batch.BatchListener;
import org.nianbao.audit.cli.batch.BatchOptions;
import org.nianbao.audit.cli.batch.BatchResult;
import org.nianbao.audit.cli.batch.BatchRunner;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.AuditStatus;
import org.nianbao.audit.grade.Grader;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.parse.ReportParser;
import org.nianbao.audit.render.OutputFormat;

/** HTML pages through the whole pipeline: ingest → parse → rules → grade, against verified values and twins. */
class HtmlAuditTest {
    /**
     * Every cell of pingtan-xingzheng-shenpi-ju-2025.html as the page prints it (corpus INDEX.md: T2 新收 6 / 结转 0 /
     * （七） 6 / 结转下年 0, T3 all 0, T1 without a 规章 row). Rows not listed in 表二 are all 0.
     */
    private static final String CORPUS_CELLS = """
            T1.norm.made=3
            T1.norm.repealed=0
            T1.norm.valid=24
            T1.license.decisions=0
            T1.penalty.decisions=0
            T1.coercion.decisions=0
            T1.fee.amount_wan=0
            T2.R1=6 0 0 0 0 0 6
            T2.R3_3_8=3 0 0 0 0 0 3
            T2.R3_4_1=3 0 0 0 0 0 3
            T2.R3_7=6 0 0 0 0 0 6
            T3.RV=0 0 0 0 0
            T3.LD=0 0 0 0 0
            T3.LR=0 0 0 0 0
            """;
    private static final List<String> T2_ROWS = List.of("R1", "R2", "R3_1", "R3_2", "R3_3_1", "R3_3_2", "R3_3_3",
            "R3_3_4", "R3_3_5", "R3_3_6", "R3_3_7", "R3_3_8", "R3_4_1", "R3_4_2", "R3_4_3", "R3_5_1", "R3_5_2", "R3_5_3",
            "R3_5_4", "R3_5_5", "R3_6_1", "R3_6_2", "R3_6_3", "R3_7", "R4");
    private static final List<String> T2_COLUMNS = List.of("NP", "BE", "RI", "SW", "LS", "OT", "TOT");
    private static final List<String> T3_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    private static final ReportParser PARSER = ProjectFormats.parser();

    @TempDir
    Path tmp;

    private static AnnualReport parse(Path file) {
        return PARSER.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, file.toString()));
    }

    private static Audit audit(Path file) {
        AnnualReport report = parse(file);
        return new Grader(GradingPolicy.load(SharedRuleBook.get().source()))
                .grade(report, new AuditEngine(SharedRuleBook.get()).evaluate(report));
    }

    @Test
    void should_grade_the_real_page_with_its_title_agency_year_and_date() {
        // WHEN the real site page is audited
        Audit audit = audit(Pages.CORPUS_PAGE);
        AnnualReport report = parse(Pages.CORPUS_PAGE);
        // THEN it is graded, not 不可评估, with what the page says
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.GRADED);
        assertThat(report.getMetadata().getTitle()).isEqualTo("平潭综合实验区行政审批局2025年政府信息公开工作年度报告");
        assertThat(report.getMetadata().getAgency()).isEqualTo("平潭综合实验区行政审批局");
        assertThat(report.getMetadata().getYear()).isEqualTo(2025);
        assertThat(report.getMetadata().getPublished()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(report.getMetadata().getPeriod().getFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(report.getSections()).extracting(Section::getNumber).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(report.getTables()).extracting(StatTable::getKind)
                .containsExactly(TableKind.T1, TableKind.T2, TableKind.T3);
    }

    @Test
    void should_read_every_cell_of_the_real_page_as_verified() {
        // GIVEN the verified cells (every 表二 row not listed is 0 in all seven columns)
        Map<String, String> expected = new TreeMap<>();
        for (String key : T2_ROWS) {
            for (String col : T2_COLUMNS) {
                expected.put("T2." + key + "." + col, "0");
            }
        }
        for (String line : CORPUS_CELLS.strip().split("\n")) {
            String[] kv = line.split("=");
            String[] values = kv[1].split(" ");
            List<String> columns = kv[0].startsWith("T2") ? T2_COLUMNS : kv[0].startsWith("T3") ? T3_COLUMNS : null;
            if (columns == null) {
                expected.put(kv[0], kv[1]);
            } else {
                for (int i = 0; i < values.length; i++) {
                    expected.put(kv[0] + "." + columns.get(i), values[i]);
                }
            }
        }
        // WHEN / THEN every cell, and no other
        assertThat(matrix(parse(Pages.CORPUS_PAGE))).isEqualTo(expected).hasSize(7 + 175 + 15);
    }

    @Test
    void should_charge_the_agency_only_with_the_missing_rule_row_of_the_real_page() {
        // WHEN
        AnnualReport report = parse(Pages.CORPUS_PAGE);
        Audit audit = audit(Pages.CORPUS_PAGE);
        // THEN the only structural problem is the genuine omission of 规章 in 表一, and nothing else is charged
        assertThat(report.getProblems()).extracting(p -> p.getCode() + ":" + p.getTable() + ":" + p.getRowKey())
                .containsExactly("ROW_MISSING:T1:reg");
        assertThat(audit.getFindings()).extracting(f -> f.getRule() + ":" + f.getOrigin() + ":" + f.getTable() + ":" + f.getRow())
                .containsExactlyInAnyOrder("TBL-ROWS:REPORT:T1:reg", "SEC-6-ITEMS:REPORT:null:null");
        assertThat(audit.getFindings()).filteredOn(f -> f.getRule().equals("TBL-ROWS")).singleElement()
                .extracting(Finding::getMessage).isEqualTo("表一缺少第二十条第（一）项“规章”行");
        assertThat(audit.getGrade()).isEqualTo("A");
        assertThat(audit.getScore()).isEqualTo(90);
    }

    @Test
    void should_give_the_site_page_the_same_cells_and_findings_as_its_text_twins() {
        // GIVEN the layout fixture's report as a site page (rowspan/colspan tables, Word markup, chrome around it)
        Path pipes = Path.of("fixtures/layouts/2021_pipes.md");
        Path cells = Path.of("fixtures/layouts/2021_cells_tab.txt");
        // WHEN
        AnnualReport page = parse(Pages.SITE_PAGE);
        // THEN every row and column of every table, and every finding apart from where it sits
        assertThat(matrix(page)).isEqualTo(matrix(parse(pipes))).isEqualTo(matrix(parse(cells))).hasSize(200);
        assertThat(page.getProblems()).isEmpty();
        assertThat(findings(audit(Pages.SITE_PAGE))).isEqualTo(findings(audit(pipes))).isEqualTo(findings(audit(cells)))
                .isNotEmpty();
    }

    @Test
    void should_read_the_gbk_page_and_its_info_table_date() {
        // WHEN the same report served as GB2312 with a 索引号 / 发布日期 info table
        AnnualReport page = parse(Pages.SITE_PAGE_GBK);
        // THEN the same cells; the date is read, so only the "no date" finding of the text twin is gone
        assertThat(page.getCharset()).isEqualTo("GB18030");
        assertThat(matrix(page)).isEqualTo(matrix(parse(Path.of("fixtures/layouts/2021_pipes.md"))));
        assertThat(page.getMetadata().getPublished()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(page.getMetadata().getIndexNumber()).isEqualTo("11999999MB1234567X/2024-00012");
        List<String> twin = findings(audit(Path.of("fixtures/layouts/2021_pipes.md")));
        assertThat(findings(audit(Pages.SITE_PAGE_GBK)))
                .isEqualTo(twin.stream().filter(f -> !f.startsWith("TIME-UNKNOWN")).toList());
    }

    @Test
    void should_give_the_word_export_the_cells_and_findings_of_its_2019_text_twin() {
        // WHEN
        AnnualReport page = parse(Pages.WORD_2019);
        Path twin = Path.of("fixtures/layouts/2019_cells_tab.txt");
        // THEN
        assertThat(matrix(page)).isEqualTo(matrix(parse(twin)));
        assertThat(page.getProblems()).isEmpty();
        assertThat(page.getMetadata().getPublished()).isEqualTo(LocalDate.of(2021, 1, 25));
        assertThat(findings(audit(Pages.WORD_2019))).isEqualTo(findings(audit(twin)).stream()
                .filter(f -> !f.startsWith("TIME-UNKNOWN")).toList());
    }

    @Test
    void should_locate_findings_in_the_page_by_table_row_and_by_paragraph() throws IOException {
        // GIVEN the site page with 表二's 本年新收 total misprinted (17 → 19)
        String html = Files.readString(Pages.SITE_PAGE, StandardCharsets.UTF_8);
        assertThat(html).containsOnlyOnce(">17<o:p>");
        Path file = tmp.resolve("wrong-total.html");
        Files.writeString(file, html.replace(">17<o:p>", ">19<o:p>"), StandardCharsets.UTF_8);
        // WHEN
        Audit audit = audit(file);
        // THEN the arithmetic finding points at the page's 2nd table, 4th row; a section finding at its paragraph
        Finding sum = audit.getFindings().stream().filter(f -> f.getRule().equals("AR-T2-ROWTOT")).findFirst()
                .orElseThrow();
        assertThat(sum.getRow()).isEqualTo("R1");
        assertThat(sum.getSpan()).isEqualTo(SourceSpan.tableCell(0, 2, 4, 0));
        Finding claim = audit.getFindings().stream().filter(f -> f.getRule().equals("XR-REQ")).findFirst().orElseThrow();
        assertThat(claim.getSpan()).isEqualTo(SourceSpan.paragraph(0, 7));
        Finding section6 = audit.getFindings().stream().filter(f -> f.getRule().equals("SEC-6-ITEMS")).findFirst()
                .orElseThrow();
        assertThat(section6.getSpan()).isEqualTo(SourceSpan.paragraph(0, 19));
        assertThat(section6.getEvidence()).isEqualTo("六、其他需要报告的事项");
    }

    @Test
    void should_give_every_bad_page_its_reason_and_go_on_with_the_batch() throws IOException {
        // GIVEN the hostile pages, a 50 MB page of visible text and a good page in one folder
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("empty.html", "truncated.html", "image-only.html", "iframe-only.html",
                "not-a-report.html")) {
            Files.copy(Path.of("fixtures/hostile", name), in.resolve(name));
        }
        HugePages.visibleText(in.resolve("huge.html"), 50L << 20);
        Files.copy(Pages.SITE_PAGE, in.resolve("good.html"));
        List<Path> inputs;
        try (var s = Files.list(in)) {
            inputs = s.sorted().toList();
        }
        Grader grader = new Grader(GradingPolicy.load(SharedRuleBook.get().source()));
        AuditEngine engine = new AuditEngine(SharedRuleBook.get());
        BatchOptions options = new BatchOptions(tmp.resolve("out"), EnumSet.of(OutputFormat.JSON), 2, null, "test");
        // WHEN
        BatchResult result = new BatchRunner((file, source) -> {
            AnnualReport report = PARSER.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, source));
            return grader.grade(report, engine.evaluate(report));
        }, options, BatchListener.NONE).run(inputs);
        // THEN one row per file; every bad page not assessable with its reason, the good one graded
        Map<String, String> rows = result.rows().stream().collect(Collectors.toMap(
                r -> Path.of(r.source()).getFileName().toString(), r -> r.status() + " " + r.reason(), (a, b) -> a, TreeMap::new));
        assertThat(rows).hasSize(7);
        assertThat(rows.get("good.html")).startsWith("graded");
        assertThat(rows.get("empty.html")).contains("网页没有可读文字");
        assertThat(rows.get("truncated.html")).contains("网页不完整");
        assertThat(rows.get("image-only.html")).contains("网页正文只有图片，无可读文字");
        assertThat(rows.get("iframe-only.html")).contains("网页正文只有内嵌框架，无可读文字");
        assertThat(rows.get("not-a-report.html")).contains("不是政府信息公开工作年度报告");
        assertThat(rows.get("huge.html")).contains("网页内容过大");
        assertThat(rows.values()).filteredOn(r -> !r.startsWith("graded")).allMatch(r -> r.startsWith("not-assessable"));
    }

    @Test
    void should_read_a_50_mb_page_bloated_by_script_and_inline_image_like_the_page_itself() throws IOException {
        // GIVEN the site page with a 24 MB script and a 24 MB base64 image
        Path huge = tmp.resolve("bloated.html");
        HugePages.bloated(Pages.SITE_PAGE, huge, 48L << 20);
        assertThat(Files.size(huge)).isGreaterThan(48L << 20);
        // WHEN
        AnnualReport report = parse(huge);
        // THEN the report inside is read as if the bulk were not there
        assertThat(matrix(report)).isEqualTo(matrix(parse(Pages.SITE_PAGE)));
        assertThat(report.getProblems()).isEmpty();
    }

    /** Every cell as "T2.R1.NP" → "12" (numbers as plain strings, other kinds by name). */
    private static Map<String, String> matrix(AnnualReport report) {
        Map<String, String> m = new TreeMap<>();
        for (StatTable t : report.getTables()) {
            for (TableRow r : t.getRows()) {
                for (Cell c : r.getCells()) {
                    m.put(t.getKind() + "." + r.getKey() + "." + c.getColumnKey(),
                            c.isNumber() ? c.getValue().toPlainString() : c.getKind().name());
                }
            }
        }
        return m;
    }

    /** A finding apart from where it sits: rule, severity, origin, message, the cell it names, its quoted text. */
    private static List<String> findings(Audit audit) {
        List<String> out = new ArrayList<>();
        for (Finding f : audit.getFindings()) {
            String evidence = f.getEvidence() == null ? "" : f.getEvidence().replaceAll("[|\\s]", "");
            out.add(String.join(" / ", f.getRule(), f.getSeverity().name(), f.getOrigin().name(), f.getMessage(),
                    String.valueOf(f.getTable()), String.valueOf(f.getRow()), String.valueOf(f.getColumn()),
                    String.valueOf(f.getReported()), String.valueOf(f.getExpected()), evidence));
        }
        out.sort(null);
        return out;
    }
}
