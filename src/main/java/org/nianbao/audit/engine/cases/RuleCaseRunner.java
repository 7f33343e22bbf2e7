package org.nianbao.audit.engine.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.ParserFactory;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.deadlines.DeadlinesFile;
import org.nianbao.audit.engine.deadlines.LocalDeadlines;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.parse.ReportParser;

/**
 * Runs rule cases through the real pipeline (Ingestor → ReportParser → AuditEngine) with one rule book
 * compiled once for all of them, exactly as an audit would see the input. A rule folder of the cases may
 * hold its own {@code deadlines.properties}: a rule judged against configured local data (TIME-TOWN) is
 * then proven with example data of its own, whatever the shipped file configures. A case with a
 * {@code <name>.history/} folder is audited together with the reports in it (rules/history/). Thread-safe.
 */
public final class RuleCaseRunner {
    private final Ingestor ingestor;
    private final ReportParser parser;
    private final RuleBook book;
    private final AuditEngine engine;
    /** Engines for rule folders with their own deadlines.properties, by folder. */
    private final Map<Path, AuditEngine> withOwnDeadlines = new ConcurrentHashMap<>();

    /** @param formats the schedule of the same rules folder (formats.properties), as an audit would use it */
    public RuleCaseRunner(RuleBook book, TemplateSchedule formats) {
        this.parser = ParserFactory.forBook(book, formats);
        this.ingestor = ParserFactory.ingestor(book.template());
        this.book = book;
        this.engine = new AuditEngine(book);
    }

    /** Runs every case in order; never throws for a failing case. */
    public List<RuleCaseResult> run(List<RuleCase> cases) {
        List<RuleCaseResult> results = new ArrayList<>(cases.size());
        for (RuleCase c : cases) {
            results.add(run(c));
        }
        return results;
    }

    /** Runs one case: which rules fired, and one failure line per broken expectation. */
    public RuleCaseResult run(RuleCase c) {
        return runKeeping(c).result();
    }

    /** A case's verdict with the engine result it came from (null when the pipeline threw). */
    public record Run(RuleCaseResult result, EngineResult engine) {
    }

    /** {@link #run(RuleCase)}, keeping the engine result for a closer look (e.g. comparing engines). */
    public Run runKeeping(RuleCase c) {
        EngineResult result;
        try {
            result = evaluate(c);
        } catch (RuntimeException e) {
            return new Run(new RuleCaseResult(c, List.of(), List.of(CaseMessages.crashed(c, e))), null);
        }
        return new Run(judge(c, result), result);
    }

    private static RuleCaseResult judge(RuleCase c, EngineResult result) {
        Map<String, String> firstMessage = new TreeMap<>();
        for (Finding f : result.findings()) {
            firstMessage.putIfAbsent(f.getRule(), f.getMessage());
        }
        List<String> fired = List.copyOf(firstMessage.keySet());
        List<String> failures = new ArrayList<>();
        if (result.fault() != null) {
            failures.add(CaseMessages.fault(c, result.fault().rule(), result.fault().message()));
        }
        for (String id : c.expectedToFire()) {
            if (!firstMessage.containsKey(id)) {
                failures.add(CaseMessages.shouldFire(c, id, fired));
            }
        }
        for (String id : c.expectedSilent()) {
            if (firstMessage.containsKey(id)) {
                failures.add(CaseMessages.shouldNotFire(c, id, firstMessage.get(id)));
            }
        }
        return new RuleCaseResult(c, fired, failures);
    }

    /** The findings the pipeline produces for a case's input (also used by tests that look closer). */
    public EngineResult evaluate(RuleCase c) {
        Document doc = ingestor.read(c.file(), c.file().toString());
        AnnualReport report = parser.parse(doc);
        if (Files.isDirectory(c.historyFolder())) {
            return CaseHistory.evaluate(book, ingestor, parser, engineFor(c), report, c.historyFolder());
        }
        return engineFor(c).evaluate(report);
    }

    private AuditEngine engineFor(RuleCase c) {
        // a case file always sits in <RULE-ID>/fires/ or passes/ (RuleCaseLoader refuses anything else)
        Path ruleFolder = c.file().toAbsolutePath().getParent().getParent();
        Path own = ruleFolder.resolve(DeadlinesFile.FILE);
        if (!Files.isRegularFile(own)) {
            return engine;
        }
        return withOwnDeadlines.computeIfAbsent(ruleFolder, folder -> new AuditEngine(book.withDeadlines(read(own))));
    }

    /** A broken case-level file makes its cases fail with the file's problem, like any other crash. */
    private static LocalDeadlines read(Path file) {
        try {
            DeadlinesFile.Result result = DeadlinesFile.read(Map.of(DeadlinesFile.FILE, Files.readString(file)));
            if (!result.problems().isEmpty()) {
                var first = result.problems().get(0);
                throw new IllegalArgumentException(CaseMessages.badCaseData(file, first.line(), first.message()));
            }
            return result.deadlines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "N passed, N failed" for a set of results. */
    public static String summary(List<RuleCaseResult> results) {
        int passed = (int) results.stream().filter(RuleCaseResult::passed).count();
        return CaseMessages.summary(passed, results.size() - passed);
    }
}
