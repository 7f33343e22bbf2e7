package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.Grader;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.parse.ReportParser;

/**
 * The report of fixtures/layouts/2021_pipes.md laid out as PDFs (fixtures/pdf, made by {@link ReportPdfWriter}
 * with an embedded CJK font): bordered tables (lattice) and tables without borders (stream), a title in a
 * large font, paragraphs wrapped at the margin, a vertical label, a table broken over a page with its header
 * repeated, page numbers and a running header. Each gives the pipes layout's table cells and findings;
 * only where they sit in the file differs.
 */
class GoldenPdfEquivalenceTest {
    private static final Path PIPES = Path.of("fixtures", "layouts", "2021_pipes.md");
    private static ReportParser parser;
    private static Grader grader;
    private static AuditEngine engine;

    @BeforeAll
    static void pipeline() {
        var book = SharedRuleBook.get();
        grader = new Grader(GradingPolicy.load(book.source()));
        engine = new AuditEngine(book);
        parser = ProjectFormats.parser();
    }

    private static AnnualReport parse(Path file) {
        return parser.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, file.toString()));
    }

    private static List<String> cells(AnnualReport report) {
        return report.getTables().stream().flatMap(t -> t.getRows().stream().map(r -> row(t, r))).toList();
    }

    private static String row(StatTable t, TableRow r) {
        return t.getKind() + "." + r.getKey() + " = "
                + r.getCells().stream().map(c -> c.getColumnKey() + ":" + c.getRaw().strip()).collect(Collectors.joining("|"));
    }

    /** A finding apart from where it sits: rule, severity, origin, message, reported and expected values. */
    private static List<String> findings(Audit audit) {
        return audit.getFindings().stream()
                .map(f -> String.join(" / ", f.getRule(), f.getSeverity().name(), f.getOrigin().name(), f.getMessage(),
                        String.valueOf(f.getReported()), String.valueOf(f.getExpected())))
                .sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021_pipes-lattice.pdf", "2021_pipes-stream.pdf"})
    void should_read_the_same_cells_and_findings_from_the_pdf_as_from_the_pipes_layout(String name) {
        // GIVEN the pipes layout and the same report as a PDF
        AnnualReport text = parse(PIPES);
        AnnualReport pdf = parse(Path.of("fixtures", "pdf", name));
        // WHEN both are audited
        Audit textAudit = grader.grade(text, engine.evaluate(text));
        Audit pdfAudit = grader.grade(pdf, engine.evaluate(pdf));
        // THEN the same tables, cells, grade and findings; the PDF's evidence sits on a page
        assertThat(cells(text)).hasSize(34);
        assertThat(cells(pdf)).isEqualTo(cells(text));
        assertThat(pdf.getMetadata().getAgency()).isEqualTo(text.getMetadata().getAgency());
        assertThat(pdf.getSections()).hasSize(6);
        assertThat(findings(pdfAudit)).isEqualTo(findings(textAudit));
        assertThat(pdfAudit.getGrade()).isEqualTo(textAudit.getGrade());
        assertThat(pdfAudit.getFindings()).filteredOn(f -> f.getLine() > 0).allMatch(f -> f.getSpan().page() > 0);
    }
}
