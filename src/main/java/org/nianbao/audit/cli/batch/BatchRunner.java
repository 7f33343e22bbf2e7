package org.nianbao.audit.cli.batch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.AuditStatus;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.OutputFormat;
import org.nianbao.audit.render.PageContext;
import org.nianbao.audit.render.ReportRenderer;
import org.nianbao.audit.render.summary.BatchSummary;
import org.nianbao.audit.render.summary.RuleTally;
import org.nianbao.audit.render.summary.RulesIdentity;
import org.nianbao.audit.render.summary.RulesLine;
import org.nianbao.audit.render.summary.RunContext;
import org.nianbao.audit.render.summary.RunFacts;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * Audits the input files in parallel and streams each result to disk as it finishes. Work in flight is
 * bounded (a few reports per thread), only the small summary rows stay in memory, and the batch-level
 * files are written at the end in input order. A file the pipeline fails on becomes "not assessable"
 * with the error; only a write failure stops the batch. A successful run removes what the previous run
 * wrote into the folder and this one did not ({@link OutputManifest}).
 */
public final class BatchRunner {
    private static final int IN_FLIGHT_PER_THREAD = 4;
    private final ReportAuditor auditor;
    private final BatchOptions options;
    private final BatchListener listener;
    /** Unexpected errors per input index (few: each is a bug), reported under --verbose. */
    private final java.util.concurrent.ConcurrentSkipListMap<Integer, BatchResult.ReportError> reportErrors =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    private HistorySettings historySettings = HistorySettings.OFF;
    /** The batch's history while it runs (null without): the second pass audits through it. */
    private volatile HistoryRun history;

    public BatchRunner(ReportAuditor auditor, BatchOptions options, BatchListener listener) {
        this.auditor = auditor;
        this.options = options;
        this.listener = listener;
    }

    /** Audits with history (the batch's own reports, and the office's store when one is given). */
    public BatchRunner withHistory(HistorySettings settings) {
        this.historySettings = settings;
        return this;
    }

    public BatchResult run(List<Path> inputs) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        AtomicReference<IOException> failure = new AtomicReference<>();
        AtomicReferenceArray<SummaryRow> rows = new AtomicReferenceArray<>(inputs.size());
        RuleTally tally = new RuleTally();
        AtomicLong firstResult = new AtomicLong(-1);
        AtomicFiles files;
        FindingSpool spool = null;
        try {
            Files.createDirectories(options.out());
            files = new AtomicFiles(options.out());
            if (options.has(OutputFormat.XLSX) || options.has(OutputFormat.SARIF)) {
                spool = new FindingSpool(files.folder(), inputs.size());
            }
        } catch (IOException e) {
            return new BatchResult(List.of(), facts(started, t0, 0, -1), false, e);
        }
        try {
            RunContext context = RunContext.at(started, System.getenv(RunContext.SOURCE_DATE_EPOCH), options.inputs(),
                    inputs.size(), auditor.rulesIdentity());
            List<ReportRenderer> perReport = PerReportRenderers.forFormats(options.formats(),
                    new PageContext(options.inputs(), context.rules() == RulesIdentity.UNKNOWN ? null : RulesLine.of(context.rules())));
            ReportOutputs outputs = new ReportOutputs(files, perReport);
            history = openHistory(inputs);
            listener.started(inputs.size());
            auditAll(inputs, rows, outputs, spool, tally, failure, firstResult);
            if (failure.get() != null) {
                return new BatchResult(List.of(), facts(started, t0, 0, firstResult.get()), false, failure.get());
            }
            List<SummaryRow> ordered = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                ordered.add(rows.get(i));
            }
            BatchSummary summary = new BatchSummary(ordered, tally, spool == null ? row -> List.of() : spool,
                    perReport.stream().map(ReportRenderer::extension).toList(), files.folder(), auditor.rules(),
                    context, auditor.gradingPolicy());
            new SummaryWriter(files, options.formats()).write(summary);
            RunFacts facts = facts(started, t0, inputs.size(), firstResult.get());
            files.write(RunFacts.FILE_NAME, facts::writeTo);
            int stale = OutputManifest.replace(files);
            return new BatchResult(ordered, facts, reached(ordered), null, stale, List.copyOf(reportErrors.values()));
        } catch (IOException e) {
            return new BatchResult(List.of(), facts(started, t0, 0, firstResult.get()), false, e);
        } finally {
            closeQuietly(spool);
            HistoryRun h = history;
            if (h != null) {
                h.warnings().forEach(historySettings.warn());
                h.close();
                history = null;
            }
        }
    }

    /**
     * The first pass over every input when history is on and the auditor is the real pipeline; a history that
     * cannot even start (its scratch file) is reported and the batch goes on without it.
     */
    private HistoryRun openHistory(List<Path> inputs) {
        if (!historySettings.enabled() || !(auditor instanceof PipelineAuditor pipeline)) {
            return null;
        }
        try {
            HistoryRun h = HistoryRun.open(pipeline, historySettings, options.out());
            h.rememberAll(inputs, options.threads());
            return h;
        } catch (IOException e) {
            historySettings.warn().accept(BatchMessages.historyUnavailable(e));
            return null;
        }
    }

    private void auditAll(List<Path> inputs, AtomicReferenceArray<SummaryRow> rows, ReportOutputs outputs,
                          FindingSpool spool, RuleTally tally, AtomicReference<IOException> failure,
                          AtomicLong firstResult) {
        int threads = options.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Semaphore inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
        AtomicInteger done = new AtomicInteger();
        try {
            HistoryRun h = history;
            int[] order = h != null ? h.order(inputs) : null;
            for (int i = 0; i < inputs.size() && failure.get() == null; i++) {
                inFlight.acquireUninterruptibly();
                int index = order != null ? order[i] : i;
                pool.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            auditOne(index, inputs.get(index), rows, outputs, spool, tally);
                            if (firstResult.get() < 0) {
                                firstResult.compareAndSet(-1, ManagementFactory.getRuntimeMXBean().getUptime());
                            }
                            listener.reportDone(rows.get(index), done.incrementAndGet());
                        }
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    } catch (RuntimeException | Error e) {
                        // a renderer bug or an exhausted JVM: the outputs would be incomplete, so stop
                        failure.compareAndSet(null, new IOException(e));
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    private void auditOne(int index, Path file, AtomicReferenceArray<SummaryRow> rows, ReportOutputs outputs,
                          FindingSpool spool, RuleTally tally) throws IOException {
        String source = sourceName(file);
        Audit audit = auditSafely(index, file, source);
        rows.set(index, SummaryRow.of(index, audit, null));
        outputs.write(index, audit, String.valueOf(file.getFileName()),
                (i, stem) -> rows.updateAndGet(i, r -> r.withStem(stem)));
        if (spool != null) {
            spool.put(index, audit.getFindings(), audit.getTemplate());
        }
        tally.add(audit.getFindings());
    }

    /** Whatever the pipeline throws, the file becomes not assessable with the error: never a pass. */
    private Audit auditSafely(int index, Path file, String source) {
        try {
            HistoryRun h = history;
            Audit audit = h != null ? h.audit(file, source) : auditor.audit(file, source);
            if (audit == null) {
                throw new IllegalStateException("auditor returned no audit");
            }
            return audit;
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            reportErrors.put(index, new BatchResult.ReportError(source, e));
            return new Audit(source, null, null, null, null, AuditStatus.NOT_ASSESSABLE, null, null,
                    BatchMessages.internalError(), List.of());
        }
    }

    /** The source as given on the command line, with '/' separators on every platform. */
    static String sourceName(Path file) {
        return file.toString().replace(File.separatorChar, '/');
    }

    private boolean reached(List<SummaryRow> rows) {
        Severity failOn = options.failOn();
        return failOn != null && rows.stream().anyMatch(r -> r.reaches(failOn));
    }

    private RunFacts facts(Instant started, long t0, int reports, long firstResult) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return new RunFacts(started, millis, host(), options.threads(), reports,
                System.getProperty("java.version"), options.rules(), auditor.rulesPrecompiled(), firstResult);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "audit-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(FindingSpool spool) {
        if (spool != null) {
            try {
                spool.close();
            } catch (IOException e) {
                // the spool is a hidden temporary file; failing to delete it does not change any result
            }
        }
    }
}
