package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.nianbao.audit.engine.history.BatchHistory;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.history.store.HistoryStore;
import org.nianbao.audit.history.store.StoredAudit;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.finding.Finding;

/**
 * A batch audited with its history: {@link #rememberAll} reads and summarises every input first (so reports of
 * several years in one batch see each other), then {@link #audit} judges each report with the facts of its
 * history and records the verdict in the office's store. A file that fails in the first pass is simply not
 * remembered; the second pass reports it as usual.
 */
final class HistoryRun implements AutoCloseable {
    private static final long WAIT_FOR_PRIOR_MINUTES = 10;
    private final PipelineAuditor auditor;
    private final BatchHistory history;
    /** Each input's report year and identity, from the first pass (absent when it could not be read). */
    private final Map<Path, Integer> years = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Path, String> identities = new java.util.concurrent.ConcurrentHashMap<>();
    /** The verdict of each remembered report, completed when the second pass has judged it. */
    private final Map<String, CompletableFuture<StoredAudit>> verdicts = new java.util.concurrent.ConcurrentHashMap<>();

    private HistoryRun(PipelineAuditor auditor, BatchHistory history) {
        this.auditor = auditor;
        this.history = history;
    }

    static HistoryRun open(PipelineAuditor auditor, HistorySettings settings, Path workFolder) throws IOException {
        return new HistoryRun(auditor, BatchHistory.open(auditor.book(), settings.store(), workFolder));
    }

    /** First pass, on {@code threads} threads with a few files in flight each. */
    void rememberAll(List<Path> inputs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "history-first-pass");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        try {
            for (Path file : inputs) {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        AnnualReport report = auditor.parse(file, BatchRunner.sourceName(file));
                        ReportSummary summary = history.remember(report);
                        if (summary != null) {
                            String identity = HistoryStore.identity(summary);
                            identities.put(file, identity);
                            verdicts.putIfAbsent(identity, new CompletableFuture<>());
                            if (summary.year() != null) {
                                years.put(file, summary.year());
                            }
                        }
                    } catch (RuntimeException | StackOverflowError | LinkageError e) { // NOPMD: the second pass reports it
                        // a file the pipeline cannot read has no history to give
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    // keep waiting: the second pass needs every summary
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        history.seal();
    }

    /**
     * The order of the second pass: earlier years first (unknown years last, input order otherwise), so that a
     * report's prior year in the batch is judged before it and its page can show last year's grade. Tasks start
     * in submission order, so a report waiting for its prior's verdict waits for one already running.
     */
    int[] order(List<Path> inputs) {
        Integer[] idx = new Integer[inputs.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, java.util.Comparator.comparing((Integer i) -> years.getOrDefault(inputs.get(i), Integer.MAX_VALUE))
                .thenComparingInt(i -> i));
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** Second pass: the report judged with its history, the verdict recorded. */
    Audit audit(Path file, String source) {
        CompletableFuture<StoredAudit> mine = identities.containsKey(file) ? verdicts.get(identities.get(file)) : null;
        try {
            AnnualReport report = auditor.parse(file, source);
            // the first pass kept it, unless the file changed in between (then its content differs)
            ReportSummary summary = identities.containsKey(file)
                    ? history.remembered(identities.get(file)).filter(s -> sameSource(s, source)).orElseGet(() -> history.summarize(report))
                    : history.summarize(report);
            ReportHistory found = withPriorVerdict(history.lookup(summary));
            Audit audit = auditor.judge(report, history.facts(report, summary, found));
            StoredAudit verdict = stored(audit);
            history.record(summary, verdict);
            if (mine != null) {
                mine.complete(verdict);
            }
            return audit.withHistory(AuditHistories.of(report, summary, found, history.boilerplate()));
        } finally {
            if (mine != null) {
                mine.complete(new StoredAudit("NOT_ASSESSABLE", null, null, Map.of()));
            }
        }
    }

    private static boolean sameSource(ReportSummary s, String source) {
        return source.equals(s.source());
    }

    /** A prior from this batch carries no verdict until the second pass has judged it: wait for that. */
    private ReportHistory withPriorVerdict(ReportHistory found) {
        ReportHistory.Prior prior = found.prior();
        if (prior == null || !prior.inBatch()) {
            return found;
        }
        CompletableFuture<StoredAudit> verdict = verdicts.get(HistoryStore.identity(prior.summary()));
        if (verdict == null) {
            return found;
        }
        try {
            StoredAudit v = verdict.get(WAIT_FOR_PRIOR_MINUTES, TimeUnit.MINUTES);
            return new ReportHistory(new ReportHistory.Prior(prior.summary(), v.grade(), v.score(), true),
                    found.possible(), found.similar());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return found;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return found;
        }
    }

    List<String> warnings() {
        return history.warnings();
    }

    private static StoredAudit stored(Audit a) {
        Map<String, StoredAudit.RuleCount> counts = new TreeMap<>();
        for (Finding f : a.getFindings()) {
            counts.merge(f.getRule(), new StoredAudit.RuleCount(f.getSeverity().name().toLowerCase(java.util.Locale.ROOT), 1),
                    (x, y) -> new StoredAudit.RuleCount(x.severity(), x.count() + y.count()));
        }
        return new StoredAudit(a.getStatus().name(), a.getGrade(), a.getScore(), counts);
    }

    @Override
    public void close() {
        history.close();
    }
}
