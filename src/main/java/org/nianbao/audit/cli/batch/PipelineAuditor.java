package org.nianbao.audit.cli.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.ParserFactory;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RuleBookException;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.formats.FormatsFile;
import org.nianbao.audit.engine.session.RuleClock;
import org.nianbao.audit.engine.formats.FormatsFileException;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.Grader;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.grade.GradingPolicyException;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.parse.ReportParser;
import org.nianbao.audit.render.summary.RuleDescription;
import org.nianbao.audit.render.summary.RulesIdentity;

/** ingest → parse → engine → grade, with the rule book compiled once and shared by every thread. */
public final class PipelineAuditor implements ReportAuditor {
    private final Ingestor ingestor;
    private final ReportParser parser;
    private final AuditEngine engine;
    private final Grader grader;
    private final List<RuleDescription> rules;
    private final boolean precompiled;
    private final GradingPolicy policy;
    private final RulesIdentity identity;
    private final RuleBook book;

    private PipelineAuditor(RuleBook book, TemplateSchedule formats, GradingPolicy policy, RulesSource source,
                            Duration timeLimit) {
        this.book = book;
        this.parser = ParserFactory.forBook(book, formats);
        this.ingestor = ParserFactory.ingestor(book.template());
        this.engine = new AuditEngine(book, AuditEngine.DEFAULT_FIRE_LIMIT, Runtime.getRuntime().availableProcessors(), timeLimit);
        this.grader = new Grader(policy);
        this.precompiled = book.origin() == RuleBook.Origin.PRECOMPILED;
        this.policy = policy;
        this.identity = RulesIdentities.of(source);
        this.rules = book.rules().stream()
                .map(r -> RuleDescription.of(r.id(), r.title(), r.severity(), r.category(), r.basis())
                        .at(source.describe() + r.file(), r.line()))
                .toList();
    }

    /**
     * Reads formats.properties, compiles the rules (or loads the kjar the build packed for the same DRL) and
     * reads grading.properties; throws with every problem of all three together (a rule author sees a
     * broken formats file, broken DRL and a broken grading file in one run, each at its file and line).
     */
    public static PipelineAuditor load(RulesSource source) throws RuleBookException {
        return load(source, true, RuleClock.DEFAULT_LIMIT);
    }

    /**
     * @param usePrecompiled start from the kjar the build packed into the jar for these DRL files, if any
     * @param timeLimit how long the rules may run on one report before it is given up
     */
    public static PipelineAuditor load(RulesSource source, boolean usePrecompiled, Duration timeLimit) throws RuleBookException {
        List<RuleDiagnostic> problems = new ArrayList<>();
        String firstMessage = null;
        TemplateSchedule formats = null;
        try {
            formats = FormatsFile.load(source);
        } catch (FormatsFileException e) {
            problems.addAll(e.diagnostics());
            firstMessage = e.getMessage();
        }
        RuleBook book = null;
        List<RuleDiagnostic> cascade = List.of();
        try {
            book = usePrecompiled ? RuleBook.loadPrecompiledOrCompile(source) : RuleBook.load(source);
        } catch (RuleBookException e) {
            problems.addAll(e.diagnostics());
            cascade = e.cascade();
            firstMessage = firstMessage == null ? e.getMessage() : firstMessage;
        }
        GradingPolicy policy = null;
        try {
            policy = GradingPolicy.load(source);
        } catch (GradingPolicyException e) {
            problems.addAll(e.diagnostics());
            firstMessage = firstMessage == null ? e.getMessage() : firstMessage;
        }
        if (book == null || formats == null || policy == null) {
            problems.removeAll(cascade); // the follow-on errors of a syntax error go last
            problems.addAll(cascade);
            throw new RuleBookException(firstMessage, problems, cascade);
        }
        return new PipelineAuditor(book, formats, policy, source, timeLimit);
    }

    @Override
    public Audit audit(Path file, String source) {
        var report = parser.parse(ingestor.read(file, source));
        return grader.grade(report, engine.evaluate(report));
    }

    /** The parsed report of a file (the history's first pass reads every file before any is judged). */
    AnnualReport parse(Path file, String source) {
        return parser.parse(ingestor.read(file, source));
    }

    /** Judges and grades a parsed report with further facts (what the history holds about it). */
    Audit judge(AnnualReport report, List<?> more) {
        return grader.grade(report, engine.evaluate(report, more));
    }

    RuleBook book() {
        return book;
    }

    @Override
    public List<RuleDescription> rules() {
        return rules;
    }

    @Override
    public boolean rulesPrecompiled() {
        return precompiled;
    }

    @Override
    public RulesIdentity rulesIdentity() {
        return identity;
    }

    @Override
    public GradingPolicy gradingPolicy() {
        return policy;
    }
}
