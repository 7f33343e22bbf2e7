package org.nianbao.audit.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.parse.ReportParser;

/**
 * The rules that quote a line without joining every TextLine (lexicon hits, the publication date line)
 * still point at the right line, with its printed text and its section.
 */
class EvidenceLinesTest {
    private final AuditEngine engine = new AuditEngine(SharedRuleBook.get());
    private final ReportParser parser = ProjectFormats.parser();

    private AnnualReport report(String file) {
        Path path = SharedRuleBook.CASES.resolve(file);
        return parser.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(path, path.toString()));
    }

    private List<Finding> findings(AnnualReport report, String rule) {
        return engine.evaluate(report).findings().stream().filter(f -> f.getRule().equals(rule)).toList();
    }

    /** Each finding quotes its line (as printed, ends trimmed) and sits in that line's section. */
    private static void assertQuotesItsLine(AnnualReport report, List<Finding> findings) {
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            TextLine line = report.getLines().get(f.getLine() - 1);
            assertThat(f.getEvidence()).isEqualTo(line.getQuote());
            assertThat(f.getSection()).isEqualTo(line.getSection());
        });
    }

    @Test
    void should_quote_each_spam_line_once_with_all_its_terms() {
        // GIVEN seed 003, whose injected string stands on four lines
        AnnualReport seed = report("SPAM-KW/fires/seed-003.txt");
        List<Finding> spam = findings(seed, "SPAM-KW");
        // THEN one finding per line, quoting that line, naming the terms found on it
        assertThat(spam).hasSize(4);
        assertThat(spam).extracting(Finding::getLine).doesNotHaveDuplicates();
        assertQuotesItsLine(seed, spam);
        assertThat(spam).allSatisfy(f ->
                assertThat(f.getMessage()).contains("第" + f.getLine() + "行").contains("老虎机").contains("即时比分"));
        assertQuotesItsLine(seed, findings(seed, "SPAM-SUBST"));
    }

    @Test
    void should_quote_the_line_with_a_placeholder_and_the_line_whose_words_spam_replaced() {
        AnnualReport placeholders = report("CNT-PLACEHOLDER/fires/template-names.txt");
        assertQuotesItsLine(placeholders, findings(placeholders, "CNT-PLACEHOLDER"));
        AnnualReport replaced = report("SPAM-SUBST/fires/guanyu-replaced.txt");
        List<Finding> subst = findings(replaced, "SPAM-SUBST");
        assertQuotesItsLine(replaced, subst);
        assertThat(subst).allSatisfy(f -> assertThat(f.getEvidence()).doesNotContain("关于"));
    }

    @Test
    void should_quote_the_printed_date_line_of_a_late_report() {
        AnnualReport late = report("TIME-DEPT/fires/published-feb-20.txt");
        assertThat(findings(late, "TIME-DEPT")).singleElement().satisfies(f -> {
            assertThat(f.getLine()).isEqualTo(1);
            assertThat(f.getEvidence()).isEqualTo("发布日期：2024-02-20");
        });
    }
}
