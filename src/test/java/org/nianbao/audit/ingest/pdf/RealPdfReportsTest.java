package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
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
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.parse.ReportParser;
import org.nianbao.audit.render.RenderMessages;

/**
 * The three real PDFs of shared/samples (copied to fixtures/corpus/pdf) end to end: graded, title, agency and
 * year read, six sections and three tables found, every table cell as fixtures/corpus/expected says.
 */
class RealPdfReportsTest {
    private static final Path PDFS = Path.of("fixtures", "corpus", "pdf");
    private static final Path EXPECTED = Path.of("fixtures", "corpus", "expected");
    private static final Map<String, AnnualReport> REPORTS = new LinkedHashMap<>();
    private static final Map<String, Audit> AUDITS = new LinkedHashMap<>();

    @BeforeAll
    static void auditAll() throws IOException {
        var book = SharedRuleBook.get();
        Grader grader = new Grader(GradingPolicy.load(book.source()));
        AuditEngine engine = new AuditEngine(book);
        ReportParser parser = ProjectFormats.parser();
        for (String name : new String[] {"huaian-city-2024", "hongze-district-2023", "hongze-district-2024"}) {
            Path file = PDFS.resolve(name + ".pdf");
            AnnualReport report = parser.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, file.toString()));
            REPORTS.put(name, report);
            AUDITS.put(name, grader.grade(report, engine.evaluate(report)));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "huaian-city-2024, 淮安市人民政府, 2024",
            "hongze-district-2023, 洪泽区人民政府, 2023",
            "hongze-district-2024, 淮安市洪泽区人民政府, 2024"})
    void should_grade_a_real_pdf_with_its_title_agency_year_sections_and_tables(String name, String agency, int year) {
        // GIVEN a real PDF exported from WPS
        // WHEN it is read, parsed and audited (in auditAll)
        AnnualReport report = REPORTS.get(name);
        Audit audit = AUDITS.get(name);
        // THEN it is graded, with its title, agency and year, six sections and three tables
        assertThat(audit.getStatus()).as(audit.getGradeReason()).isEqualTo(AuditStatus.GRADED);
        assertThat(report.getMetadata().getTitle()).isEqualTo(agency + year + "年政府信息公开工作年度报告");
        assertThat(report.getMetadata().getAgency()).isEqualTo(agency);
        assertThat(report.getMetadata().getYear()).isEqualTo(year);
        assertThat(report.getSections()).extracting(Section::getTitle).containsExactly("总体情况", "主动公开政府信息情况",
                "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项");
        assertThat(report.getTables()).extracting(t -> t.getKind().name()).containsExactly("T1", "T2", "T3");
    }

    @ParameterizedTest
    @CsvSource({"huaian-city-2024", "hongze-district-2023", "hongze-district-2024"})
    void should_read_every_table_cell_as_printed(String name) throws IOException {
        // GIVEN every cell of the three tables as written down from the rendered pages
        Properties expected = new Properties();
        try (Reader r = Files.newBufferedReader(EXPECTED.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            expected.load(r);
        }
        // WHEN the PDF is read (in auditAll)
        Map<String, String> read = new LinkedHashMap<>();
        for (StatTable table : REPORTS.get(name).getTables()) {
            for (TableRow row : table.getRows()) {
                read.put(table.getKind().name() + "." + row.getKey(),
                        row.getCells().stream().map(Cell::getRaw).map(String::strip).collect(Collectors.joining("|")));
            }
        }
        // THEN every row, every cell is as printed, and no row more
        Map<String, String> want = new LinkedHashMap<>();
        expected.stringPropertyNames().forEach(k -> want.put(k, expected.getProperty(k)));
        assertThat(read).isEqualTo(want);
    }

    @Test
    void should_read_the_verified_applicant_totals() {
        // GIVEN the totals shared/samples/README.md verified (本年新收 / 上年结转 / （七）总计 / 结转下年度)
        // WHEN / THEN
        assertThat(totals("huaian-city-2024")).isEqualTo("3119/34/3050/103");
        assertThat(totals("hongze-district-2023")).isEqualTo("21/0/21/0");
        assertThat(totals("hongze-district-2024")).isEqualTo("95/0/95/0");
    }

    @Test
    void should_locate_a_finding_by_page_and_table_cell() {
        // GIVEN hongze 2023, whose 表三 prints 行政复议 总计 0 beside 10 upheld and 1 corrected
        // WHEN it is audited
        Finding t3 = AUDITS.get("hongze-district-2023").getFindings().stream()
                .filter(f -> f.getRule().equals("AR-T3") && f.getMessage().contains("行政复议")).findFirst().orElseThrow();
        // THEN the evidence names the page of the PDF where the cell is
        assertThat(t3.getSpan().page()).isEqualTo(4);
        assertThat(RenderMessages.location(t3.getLine(), t3.getSpan())).isEqualTo("第4页第3个表格第4行");
    }

    @Test
    void should_locate_a_narrative_finding_by_page_and_line() {
        // GIVEN hongze 2024, whose text says 17 applications where 表二 counts 95
        // WHEN it is audited
        Finding claim = AUDITS.get("hongze-district-2024").getFindings().stream()
                .filter(f -> f.getRule().equals("XR-REQ")).findFirst().orElseThrow();
        // THEN the evidence is quoted from page 1 with its line there
        SourceSpan span = claim.getSpan();
        assertThat(span.page()).isEqualTo(1);
        assertThat(RenderMessages.location(claim.getLine(), span)).isEqualTo("第1页第" + span.lineOnPage() + "行");
        assertThat(span.lineOnPage()).isEqualTo(20);
    }

    private static String totals(String name) {
        StatTable t2 = REPORTS.get(name).getTables().stream().filter(t -> t.getKind().name().equals("T2")).findFirst()
                .orElseThrow();
        return String.join("/", t2.cell("R1", "TOT").orElseThrow().getRaw(), t2.cell("R2", "TOT").orElseThrow().getRaw(),
                t2.cell("R3_7", "TOT").orElseThrow().getRaw(), t2.cell("R4", "TOT").orElseThrow().getRaw());
    }
}
