package org.nianbao.audit.ingest.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.Grader;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.parse.ReportParser;

/**
 * The golden equivalence of issue 10, extended to DOCX: the Word file built from a layout fixture (automatic
 * numbering, merged template tables, a text box, a footnote) reads into the same table cells and gives the
 * same findings as its text twin; only the locations differ.
 */
class DocxGoldenEquivalenceTest {
    private static final ReportParser PARSER = ProjectFormats.parser();

    static AnnualReport parse(String path) {
        return PARSER.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(Path.of(path), path));
    }

    static Audit audit(AnnualReport report) {
        var book = SharedRuleBook.get();
        return new Grader(GradingPolicy.load(book.source())).grade(report, new AuditEngine(book).evaluate(report));
    }

    /** Every cell as "T2.R1.NP" → raw text. */
    static Map<String, String> cells(AnnualReport report) {
        Map<String, String> m = new TreeMap<>();
        for (StatTable t : report.getTables()) {
            for (TableRow r : t.getRows()) {
                for (Cell c : r.getCells()) {
                    m.put(t.getKind() + "." + r.getKey() + "." + c.getColumnKey(), c.getKind() + ":" + c.getRaw().strip());
                }
            }
        }
        return m;
    }

    /** A finding without where it was found: rule, severity, origin, message. */
    static List<String> findingsWithoutLocation(Audit audit) {
        return audit.getFindings().stream()
                .map(f -> f.getRule() + " " + f.getSeverity() + " " + f.getOrigin() + " " + f.getMessage())
                .sorted().toList();
    }

    @ParameterizedTest
    @CsvSource({"fixtures/docx/2021_word_numbered.docx, fixtures/layouts/2021_pipes.md, 200",
        "fixtures/docx/2019_word_numbered.docx, fixtures/layouts/2019_cells_tab.txt, 198",
        "fixtures/docx/2021_libreoffice_resaved.docx, fixtures/layouts/2021_pipes.md, 200",
        "fixtures/docx/2019_libreoffice_resaved.docx, fixtures/layouts/2019_cells_tab.txt, 198",
        "fixtures/docx/2021_libreoffice.doc, fixtures/layouts/2021_pipes.md, 200",
        "fixtures/docx/2019_libreoffice.doc, fixtures/layouts/2019_cells_tab.txt, 198"})
    void should_read_the_same_cells_and_findings_as_the_text_twin(String docx, String text, int cellCount) {
        // GIVEN a report as a Word file and as text
        AnnualReport fromText = parse(text);
        // WHEN the Word file is read
        AnnualReport fromWord = parse(docx);
        // THEN every cell of the three tables is the same, and so is every finding except its location
        assertThat(cells(fromWord)).hasSize(cellCount).isEqualTo(cells(fromText));
        assertThat(fromWord.getTemplate()).isEqualTo(fromText.getTemplate());
        assertThat(fromWord.getSections()).extracting(s -> s.getNumber() + s.getTitle())
                .isEqualTo(fromText.getSections().stream().map(s -> s.getNumber() + s.getTitle()).toList());
        Audit wordAudit = audit(fromWord);
        Audit textAudit = audit(fromText);
        assertThat(findingsWithoutLocation(wordAudit)).isEqualTo(findingsWithoutLocation(textAudit));
        assertThat(wordAudit.getGrade()).isEqualTo(textAudit.getGrade());
        assertThat(wordAudit.getScore()).isEqualTo(textAudit.getScore());
    }

    @Test
    void should_locate_evidence_by_table_row_and_column_and_by_paragraph() {
        // GIVEN the 2021 Word report WHEN it is parsed
        AnnualReport report = parse("fixtures/docx/2021_word_numbered.docx");
        // THEN a table-2 row carries its table and row in the Word file, a section heading its paragraph
        var r1 = report.getTables().stream().filter(t -> t.getKind().name().equals("T2")).findFirst().orElseThrow()
                .row("R1").orElseThrow();
        var span = report.getLines().get(r1.getLine() - 1).getSpan();
        assertThat(span.table()).isEqualTo(2);
        assertThat(span.row()).isEqualTo(4);
        var heading = report.getLines().get(report.getSections().get(2).getHeadingLine() - 1);
        assertThat(heading.getText()).isEqualTo("三、收到和处理政府信息公开申请情况");
        assertThat(heading.getSpan().paragraph()).isEqualTo(16);
    }

    @Test
    void should_show_a_finding_on_a_word_report_by_its_paragraph() {
        // GIVEN the 2019 Word report, whose section 六 says only "无。"
        Audit audit = audit(parse("fixtures/docx/2019_word_numbered.docx"));
        // WHEN its findings are listed
        Finding empty = audit.getFindings().stream().filter(f -> f.getRule().equals("CNT-6-EMPTY")).findFirst().orElseThrow();
        // THEN the evidence is located as a reader of the Word file finds it
        assertThat(location(empty)).isEqualTo("第20段");
    }

    static String location(Finding f) {
        return org.nianbao.audit.render.RenderMessages.location(f.getLine(), f.getSpan());
    }
}
