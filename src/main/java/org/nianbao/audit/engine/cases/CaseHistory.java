package org.nianbao.audit.engine.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.history.BatchHistory;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.parse.ReportParser;

/**
 * A case audited together with the reports of its {@code <name>.history/} folder, exactly as a batch holding
 * them all would audit it (no office store): each is remembered in the first pass, then the case is judged
 * with the history facts.
 */
final class CaseHistory {
    private CaseHistory() {
    }

    static EngineResult evaluate(RuleBook book, Ingestor ingestor, ReportParser parser, AuditEngine engine,
                                 AnnualReport report, Path folder) {
        try (BatchHistory history = BatchHistory.open(book, null, Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path file : reports(folder)) {
                history.remember(parser.parse(ingestor.read(file, file.toString())));
            }
            history.remember(report);
            history.seal();
            ReportSummary summary = history.summarize(report);
            ReportHistory found = history.lookup(summary);
            return engine.evaluate(report, history.facts(report, summary, found));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> reports(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
