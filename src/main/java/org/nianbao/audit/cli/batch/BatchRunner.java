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
import java.util.concurrent.ConcurrentSkipListMap;
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
import org.nianbao.audit.ingest.TextSourceReader;
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
 * bounded (a few reports per thread, and their estimated memory: {@link MemoryBudget}), only the small
 * summary rows stay in memory, and the batch-level files are written at the end in input order, all
 * together ({@link SummaryCommit}). A file the pipeline fails on — an exception, memory exhausted — becomes
 * "not assessable" with the reason; only a write failure stops the batch. The output folder belongs to one
 * run at a time ({@link OutputLock}); what a killed run left there is cleaned up first ({@link
 * OutputRecovery}); every file written is journaled until the manifest records it ({@link RunJournal}), and
 * a successful run removes what the previous run wrote into the folder and this one did not ({@link
 * OutputManifest}).
 */
public final class BatchRunner {
    private static final int IN_FLIGHT_PER_THREAD = 4;
    private final ReportAuditor auditor;
    private final BatchOptions options;
    private final BatchListener listener;
    /** Unexpected errors per input index (few: each is a bug), reported under --verbose. */
    private final ConcurrentSkipListMap<Integer, BatchResult.ReportError> reportErrors = new ConcurrentSkipListMap<>();
    private final MemoryBudget memory;

    private HistorySettings historySettings = HistorySettings.OFF;
    /** The batch's history while it runs (null without): the second pass audits through it. */
    private volatile HistoryRun history;

    public BatchRunner(ReportAuditor auditor, BatchOptions options, BatchListener listener) {
        this(auditor, options, listener, MemoryBudget.ofThisJvm());
    }

    BatchRunner(ReportAuditor auditor, BatchOptions options, BatchListener listener, MemoryBudget memory) {
        this.auditor = auditor;
        this.options = options;
        this.listener = listener;
        this.memory = memory;
    }

    /** True when another run holds {@code out} right now (a quick look; {@link #run} takes the lock itself). */
    public static boolean busy(Path out) {
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (OutputLock lock = OutputLock.acquire(out)) {
            return false;
        } catch (OutputLock.Busy e) {
            return true;
        } catch (IOException e) {
            return false; // the run itself reports what is wrong with the folder
        }
    }

    /** Audits with history (the batch's own reports, and the office's store when one is given). */
    public BatchRunner withHistory(HistorySettings settings) {
        this.historySettings = settings;
        return this;
    }

    public BatchResult run(List<Path> inputs) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(options.out());
        } catch (IOException e) {
            return BatchResult.failed(facts(started, t0, 0, -1), e);
        }
        try (OutputLock lock = OutputLock.acquire(options.out())) {
            return runLocked(inputs, started, t0);
        } catch (OutputLock.Busy e) {
            return BatchResult.busy(facts(started, t0, 0, -1));
        } catch (IOException e) {
            return BatchResult.failed(facts(started, t0, 0, -1), e);
        }
    }

    private BatchResult runLocked(List<Path> inputs, Instant started, long t0) throws IOException {
        AtomicReference<IOException> failure = new AtomicReference<>();
        AtomicReferenceArray<SummaryRow> rows = new AtomicReferenceArray<>(inputs.size());
        RuleTally tally = new RuleTally();
        AtomicLong firstResult = new AtomicLong(-1);
        OutputRecovery.Result recovered = OutputRecovery.recover(options.out());
        AtomicFiles files = new AtomicFiles(options.out());
        FindingSpool spool = null;
        try (RunJournal journal = RunJournal.start(files.folder())) {
            if (options.has(OutputFormat.XLSX) || options.has(OutputFormat.SARIF)) {
                spool = new FindingSpool(files.folder(), inputs.size());
            }
            RunContext context = RunContext.at(started, System.getenv(RunContext.SOURCE_DATE_EPOCH), options.inputs(),
                    inputs.size(), auditor.rulesIdentity());
            List<ReportRenderer> perReport = PerReportRenderers.forFormats(options.formats(), new PageContext(
                    options.inputs(), context.rules() == RulesIdentity.UNKNOWN ? null : RulesLine.of(context.rules())));
            ReportOutputs outputs = new ReportOutputs(files, perReport, journal);
            history = openHistory(inputs);
            listener.started(inputs.size());
            auditAll(inputs, rows, outputs, spool, tally, failure, firstResult);
            if (failure.get() != null) {
                return BatchResult.failed(facts(started, t0, 0, firstResult.get()), failure.get()).withRecovery(recovered);
            }
            List<SummaryRow> ordered = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                ordered.add(rows.get(i));
            }
            BatchSummary summary = new BatchSummary(ordered, tally, spool == null ? row -> List.of() : spool,
                    perReport.stream().map(ReportRenderer::extension).toList(), files.folder(), auditor.rules(),
                    context, auditor.gradingPolicy());
            SummaryCommit commit = new SummaryCommit(files, journal);
            new SummaryWriter(files, options.formats()).stage(summary, commit);
            RunFacts facts = facts(started, t0, inputs.size(), firstResult.get());
            commit.stage(RunFacts.FILE_NAME, facts::writeTo);
            commit.commit();
            int stale = OutputManifest.replace(files);
            journal.finish();
            return new BatchResult(ordered, facts, reached(ordered), null, stale, List.copyOf(reportErrors.values()))
                    .withRecovery(recovered);
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
            HistoryRun h = HistoryRun.open(pipeline, historySettings, Path.of(System.getProperty("java.io.tmpdir")));
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
                        // a renderer bug: the outputs would be incomplete, so stop (memory exhaustion is handled per report)
                        failure.compareAndSet(null, new IOException(BatchMessages.internalError(), e));
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
        Audit audit = auditWithinMemory(index, file, source);
        rows.set(index, SummaryRow.of(index, audit, null));
        try {
            outputs.write(index, audit, String.valueOf(file.getFileName()),
                    (i, stem) -> rows.updateAndGet(i, r -> r.withStem(stem)));
        } catch (OutOfMemoryError e) { // NOPMD: its pages need more memory than is left: the report is given up, the batch goes on
            audit = notAssessable(source, BatchMessages.outOfMemoryWriting());
            rows.set(index, SummaryRow.of(index, audit, null));
            outputs.write(index, audit, String.valueOf(file.getFileName()),
                    (i, stem) -> rows.updateAndGet(i, r -> r.withStem(stem)));
        }
        if (spool != null) {
            spool.put(index, audit.getFindings(), audit.getTemplate());
        }
        tally.add(audit.getFindings());
    }

    /**
     * Reserves the file's estimated memory before it is read (files over the reader's size limit are
     * refused unread and cost nothing); a file that could not fit even alone is not assessable.
     */
    private Audit auditWithinMemory(int index, Path file, String source) {
        long size = sizeOf(file);
        int need = size > TextSourceReader.MAX_BYTES ? 1 : MemoryBudget.estimateMib(size);
        if (!memory.fits(need)) {
            return notAssessable(source, BatchMessages.needsMoreMemory(size, need, memory.totalMib()));
        }
        memory.acquire(need);
        try {
            return auditSafely(index, file, source, size);
        } finally {
            memory.release(need);
        }
    }

    /** Whatever the pipeline throws, the file becomes not assessable with the reason: never a pass. */
    private Audit auditSafely(int index, Path file, String source, long size) {
        try {
            HistoryRun h = history;
            Audit audit = h != null ? h.audit(file, source) : auditor.audit(file, source);
            if (audit == null) {
                throw new IllegalStateException("auditor returned no audit");
            }
            return audit;
        } catch (OutOfMemoryError e) { // NOPMD: this report's objects are unreachable now; the batch goes on
            return notAssessable(source, BatchMessages.outOfMemory(size));
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            reportErrors.put(index, new BatchResult.ReportError(source, e));
            return notAssessable(source, BatchMessages.internalError());
        }
    }

    private static Audit notAssessable(String source, String reason) {
        return new Audit(source, null, null, null, null, AuditStatus.NOT_ASSESSABLE, null, null, reason, List.of());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException | SecurityException e) {
            return 0; // the reader says why it cannot read it
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
