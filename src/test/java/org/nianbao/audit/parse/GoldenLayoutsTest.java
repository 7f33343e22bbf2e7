package org.nianbao.audit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.finding.Finding;

/**
 * One report in every layout and format it reaches us in gives one reading: the same table cells and the same
 * findings, wherever they sit in the file. The reference is the one-cell-per-line text; each other file of
 * {@link #LAYOUTS} is the same report as another reader delivers it: text layouts, a site page with rowspan and
 * colspan, Word files (written by POI, re-saved by LibreOffice, and as .doc), and PDFs with and without table
 * rulings. A new format joins by adding its file to the list.
 */
class GoldenLayoutsTest {
    private static final Path DIR = Path.of("fixtures");
    private static final String REFERENCE = "layouts/2021_cells_tab.txt";
    /** The same 2023 report of 安平市科学技术局 in other layouts and formats. */
    private static final List<String> LAYOUTS = List.of(
            "layouts/2021_pipes.md",
            "layouts/2021_flattened.txt",
            "layouts/2021_converter.md",
            "layouts/2021_converter_row.md",
            "html/2021_site_page.html",
            "docx/2021_word_numbered.docx",
            "docx/2021_libreoffice_resaved.docx",
            "docx/2021_libreoffice.doc",
            "pdf/2021_pipes-lattice.pdf",
            "pdf/2021_pipes-stream.pdf");

    private static final ReportParser PARSER = ProjectFormats.parser();

    @TestFactory
    Stream<DynamicTest> should_read_every_layout_of_one_report_into_the_same_cells_and_findings() {
        // GIVEN the reference reading
        Reading reference = read(REFERENCE);
        assertThat(reference.cells()).hasSize(10 + 175 + 15);
        assertThat(reference.cells()).containsEntry("T2.R1.TOT", "NUMBER:17").containsEntry("T3.LR.total", "NUMBER:1");
        assertThat(reference.findings()).anySatisfy(f -> assertThat(f).startsWith("TIME-UNKNOWN"));
        return LAYOUTS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            // WHEN the same report in another layout is read and audited
            Reading other = read(name);
            // THEN every cell and every finding is the same; only where they sit differs
            assertThat(other.cells()).isEqualTo(reference.cells());
            assertThat(other.findings()).isEqualTo(reference.findings());
            assertThat(other.sections()).isEqualTo(reference.sections());
            assertThat(other.metadata()).isEqualTo(reference.metadata());
        }));
    }

    private record Reading(Map<String, String> cells, List<String> findings, List<Integer> sections, String metadata) {
    }

    private static Reading read(String name) {
        Path file = DIR.resolve(name);
        AnnualReport report = PARSER.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, file.toString()));
        Map<String, String> cells = new TreeMap<>();
        for (StatTable t : report.getTables()) {
            for (TableRow row : t.getRows()) {
                for (Cell c : row.getCells()) {
                    cells.put(t.getKind() + "." + row.getKey() + "." + c.getColumnKey(), c.getKind() + ":" + c.getValue());
                }
            }
        }
        List<String> findings = new AuditEngine(SharedRuleBook.get()).evaluate(report).findings().stream()
                .map(GoldenLayoutsTest::withoutLocation).sorted().toList();
        List<Integer> sections = report.getSections().stream().map(s -> s.getNumber()).toList();
        String meta = report.getMetadata().getAgency() + "|" + report.getMetadata().getYear() + "|"
                + report.getMetadata().getTitle() + "|" + report.getTemplate();
        return new Reading(cells, findings, sections, meta);
    }

    /** A finding without where it sits: rule, severity and its message with line numbers masked. */
    private static String withoutLocation(Finding f) {
        return f.getRule() + " " + f.getSeverity() + " " + f.getMessage().replaceAll("第\\d+行", "第N行");
    }
}
