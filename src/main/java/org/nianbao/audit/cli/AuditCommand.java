package org.nianbao.audit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.nianbao.audit.cli.batch.BatchOptions;
import org.nianbao.audit.cli.batch.BatchResult;
import org.nianbao.audit.cli.batch.BatchRunner;
import org.nianbao.audit.cli.batch.HistorySettings;
import org.nianbao.audit.cli.batch.InputWalker;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.session.RuleClock;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.ingest.text.TemplateVocabulary;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code audit PATH…}: the batch audit. One side effect: the output folder. */
@Command(name = "audit", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = CliMessages.AUDIT_DESCRIPTION,
        exitCodeListHeading = CliMessages.EXIT_CODES_HEADING, exitCodeList = {
            CliMessages.EXIT_0, CliMessages.EXIT_1, CliMessages.EXIT_2, CliMessages.EXIT_3, CliMessages.EXIT_4})
final class AuditCommand implements Callable<Integer> {
    /** A day: beyond that a time limit only means the run can hang. */
    static final int MAX_TIME_LIMIT_SECONDS = 86_400;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = CliMessages.PATHS)
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = CliMessages.OUT)
    Path out;

    @Option(names = "--rules", paramLabel = "DIR", description = CliMessages.RULES)
    Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json,html,csv,xlsx",
            converter = Converters.Format.class, description = CliMessages.FORMAT)
    Set<OutputFormat> formats;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = Converters.FailOn.class,
            description = CliMessages.FAIL_ON)
    Severity failOn;

    @Option(names = "--threads", paramLabel = "N", converter = Converters.WholeNumber.class, description = CliMessages.THREADS)
    Integer threads;

    @Option(names = "--quiet", description = CliMessages.QUIET)
    boolean quiet;

    @Option(names = "--compile-rules", description = CliMessages.COMPILE_RULES)
    boolean compileRules;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = CliMessages.TIME_LIMIT)
    Integer timeLimit;

    @Option(names = "--history", paramLabel = "FILE", description = CliMessages.HISTORY)
    Path history;

    @Option(names = "--no-history", description = CliMessages.NO_HISTORY)
    boolean noHistory;

    @CommandLine.Mixin
    StandardOptions standard;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final AuditorFactory factory;

    AuditCommand(AuditorFactory factory) {
        this.factory = factory;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int cores = Runtime.getRuntime().availableProcessors();
        int threadCount = threads == null ? cores : threads;
        if (threadCount < 1 || threadCount > maxThreads(cores)) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.badThreads(threadCount, maxThreads(cores)));
        }
        if (timeLimit != null && (timeLimit < 1 || timeLimit > MAX_TIME_LIMIT_SECONDS)) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.badTimeLimit(timeLimit, MAX_TIME_LIMIT_SECONDS));
        }
        if (rules != null && !RulesSource.isBundledName(rules) && !Files.isDirectory(rules)) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.notAFolder(rules.toString()));
        }
        if (BatchRunner.busy(out)) { // the batch takes the lock for good; this only saves compiling the rules first
            err.println(CliMessages.outputBusy(out.toString()));
            err.flush();
            return ExitCode.OUTPUT;
        }
        Duration limit = timeLimit == null ? RuleClock.DEFAULT_LIMIT : Duration.ofSeconds(timeLimit);
        RulesLoading loading = RulesLoading.start(factory, new AuditorFactory.Request(rules, compileRules, limit));
        List<Path> inputs = walk();
        AuditorFactory.Loaded loaded;
        try {
            loaded = loading.await();
        } catch (RulesRejected e) {
            e.printTo(err);
            return ExitCode.RULES;
        }
        if (!quiet) {
            loaded.notices().forEach(err::println);
            err.flush();
        }
        BatchOptions options = new BatchOptions(out, formats, threadCount, failOn, loaded.rulesLocation(),
                paths.stream().map(p -> p.toString().replace(java.io.File.separatorChar, '/')).toList());
        HistorySettings historySettings = noHistory ? HistorySettings.OFF
                : new HistorySettings(true, history != null ? history : out.resolve(HistorySettings.DEFAULT_FILE),
                        m -> err.println(CliMessages.historyWarning(m)));
        BatchResult result = new BatchRunner(loaded.auditor(), options,
                Progress.choose(quiet, System.console() != null, err))
                .withHistory(historySettings)
                .run(inputs);
        if (result.outputBusy()) {
            err.println(CliMessages.outputBusy(out.toString()));
            err.flush();
            return ExitCode.OUTPUT;
        }
        if (result.writeFailure() != null) {
            err.println(CliMessages.writeFailed(IoProblems.describe(result.writeFailure())));
            verbose(err, result.writeFailure());
            err.flush();
            return ExitCode.OUTPUT;
        }
        if (standard.verbose) {
            result.reportErrors().forEach(e -> err.println(CliMessages.reportFailed(e.source(), IoProblems.detail(e.error()))));
        }
        if (!quiet && result.recoveredFiles() > 0) {
            err.println(CliMessages.recovered(result.recovered().temporaryRemoved(), result.recovered().pagesTakenOver(),
                    result.recovered().summariesCompleted()));
        }
        if (result.failOnReached()) {
            FailOnReport.print(err, result.rows(), failOn, options.inputs());
        }
        if (!quiet) {
            err.println(CliMessages.finished(result) + whereToLook());
        }
        err.flush();
        return result.failOnReached() ? ExitCode.FAIL_ON_REACHED : ExitCode.OK;
    }

    /** index.html when pages were written (the path as the user gave --out), else the output folder. */
    private String whereToLook() {
        String folder = out.toString().replace(java.io.File.separatorChar, '/');
        if (formats.contains(OutputFormat.HTML)) {
            return CliMessages.openIndex(out.resolve("index.html").toString().replace(java.io.File.separatorChar, '/'));
        }
        return CliMessages.outputFolder(folder);
    }

    private void verbose(PrintWriter err, Throwable e) {
        if (standard.verbose) {
            err.println(CliMessages.verboseDetail(IoProblems.detail(e)));
        }
    }

    /**
     * More threads than this only multiply the reports held in memory at once: the work is CPU-bound, and
     * a few threads per core already hide the file reads.
     */
    static int maxThreads(int cores) {
        return Math.max(4, 4 * cores);
    }

    private List<Path> walk() {
        try {
            InputWalker walker = new InputWalker(out, new Ingestor(TemplateVocabulary.NONE)::isSubmission);
            List<Path> inputs = walker.walk(paths);
            if (walker.skippedOutputs() > 0 && !quiet) {
                spec.commandLine().getErr().println(CliMessages.skippedOutputs(walker.skippedOutputs()));
            }
            if (inputs.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.noInputs());
            }
            return inputs;
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.missingPath(e.getFile()));
        } catch (IOException | java.io.UncheckedIOException e) {
            verbose(spec.commandLine().getErr(), e);
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.readFailed(IoProblems.describe(e)));
        }
    }
}
