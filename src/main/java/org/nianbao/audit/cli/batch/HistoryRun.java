package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.nianbao.audit.engine.history.BatchHistory;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
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
    private final PipelineAuditor auditor;
    private final BatchHistory history;

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
                        history.remember(auditor.parse(file, BatchRunner.sourceName(file)));
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

    /** Second pass: the report judged with its history, the verdict recorded. */
    Audit audit(Path file, String source) {
        AnnualReport report = auditor.parse(file, source);
        ReportSummary summary = history.summarize(report);
        ReportHistory found = history.lookup(summary);
        Audit audit = auditor.judge(report, history.facts(report, summary, found));
        history.record(summary, stored(audit));
        return audit.withHistory(AuditHistories.of(report, summary, found, history.boilerplate()));
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
