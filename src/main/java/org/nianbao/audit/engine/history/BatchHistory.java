package org.nianbao.audit.engine.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.history.AgencyMatcher;
import org.nianbao.audit.history.AgencyNames;
import org.nianbao.audit.history.Boilerplate;
import org.nianbao.audit.history.DocumentFrequency;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.history.Shingles;
import org.nianbao.audit.history.SummaryBuilder;
import org.nianbao.audit.history.store.HistorySearch;
import org.nianbao.audit.history.store.HistoryStore;
import org.nianbao.audit.history.store.HistoryStoreException;
import org.nianbao.audit.history.store.StoredAudit;
import org.nianbao.audit.model.AnnualReport;

/**
 * The history of one batch run, in two passes so that the batch's own reports count as history (a batch
 * holding several years works without any store): {@link #remember} every report first (its summary goes to a
 * temporary store of the batch, so memory stays small for 100,000 reports), {@link #seal}, then {@link #facts}
 * for each report as it is judged and {@link #record} its verdict in the office's store. A store that cannot
 * be opened, read or written is dropped with a Chinese warning; the audit goes on with what remains.
 * Thread-safe.
 */
public final class BatchHistory implements AutoCloseable {
    private final SummaryBuilder summaries;
    private final AgencyMatcher matcher;
    private final Boilerplate boilerplate;
    private final Path batchFile;
    private final HistoryStore batch;
    private volatile HistoryStore office;
    private final DocumentFrequency frequency = new DocumentFrequency();
    /** First-pass summaries waiting to be written together: one transaction per {@link #GROUP} reports. */
    private final List<ReportSummary> pending = new ArrayList<>();
    private static final int GROUP = 128;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private volatile HistorySearch search;
    private volatile Boilerplate sealed;

    /** @param knownCommon shingle buckets earlier runs found common (the office store's) */
    private BatchHistory(RuleBook book, HistoryStore batch, Path batchFile, HistoryStore office, BitSet knownCommon) {
        var aliases = AgencyAliasFile.load(book.source());
        this.boilerplate = HistoryBoilerplate.of(book.template(), book.source().files()).withCommon(knownCommon);
        this.summaries = new SummaryBuilder(new AgencyNames(aliases), boilerplate);
        this.matcher = new AgencyMatcher(aliases);
        this.batch = batch;
        this.batchFile = batchFile;
        this.office = office;
    }

    /**
     * @param officeStore the office's store, or null for none ({@code --no-history}); when it cannot be opened
     *                    the run goes on with the batch alone and {@link #warnings} says why
     * @param workFolder  where the batch's temporary store is kept (deleted on {@link #close})
     */
    public static BatchHistory open(RuleBook book, Path officeStore, Path workFolder) throws IOException {
        Path file = Files.createTempFile(workFolder, ".nianbao-batch-history-", ".db");
        HistoryStore batch;
        try {
            batch = HistoryStore.openScratch(file);
        } catch (HistoryStoreException e) {
            Files.deleteIfExists(file);
            throw new IOException(e.getMessage(), e);
        }
        HistoryStore office = null;
        BitSet common = new BitSet();
        List<String> early = new ArrayList<>();
        if (officeStore != null) {
            try {
                office = HistoryStore.open(officeStore);
                common = office.commonBuckets();
            } catch (HistoryStoreException e) {
                early.add(e.getMessage() + HistoryEngineMessages.withoutStore());
                if (office != null) {
                    office.close();
                    office = null;
                }
            }
        }
        BatchHistory h = new BatchHistory(book, batch, file, office, common);
        h.warnings.addAll(early);
        return h;
    }

    /** The summary of a parsed report, as this run makes it. */
    public ReportSummary summarize(AnnualReport report) {
        return summaries.summarize(report);
    }

    /**
     * The summary the first pass kept for this identity, read back from the batch store (cheaper than making
     * it again); empty when it was not kept.
     */
    public java.util.Optional<ReportSummary> remembered(String identity) {
        try {
            return batch.findIdentity(identity).map(r -> r.summary());
        } catch (HistoryStoreException e) {
            return java.util.Optional.empty();
        }
    }

    /** First pass: keeps the report's summary in the batch store and counts its shingles; null when not kept. */
    public ReportSummary remember(AnnualReport report) {
        SummaryBuilder.Summarized made = summaries.summarizeWithShingles(report);
        ReportSummary s = made.summary();
        if (!s.assessable()) {
            return null;
        }
        frequency.add(made.shingles());
        List<ReportSummary> group = null;
        synchronized (pending) {
            pending.add(s);
            if (pending.size() >= GROUP) {
                group = new ArrayList<>(pending);
                pending.clear();
            }
        }
        if (group != null) {
            write(group);
        }
        return s;
    }

    private void write(List<ReportSummary> group) {
        try {
            batch.putAll(group, StoredAudit.pending());
        } catch (HistoryStoreException e) {
            warnings.add(e.getMessage());
        }
    }

    /** Between the passes: the common sentences are known, the similarity index is built. */
    public synchronized void seal() {
        List<ReportSummary> rest;
        synchronized (pending) {
            rest = new ArrayList<>(pending);
            pending.clear();
        }
        if (!rest.isEmpty()) {
            write(rest);
        }
        sealed = boilerplate.withCommon(frequency.common());
        List<HistorySearch.Source> sources = new ArrayList<>();
        sources.add(new HistorySearch.Source(batch, true));
        if (office != null) {
            sources.add(new HistorySearch.Source(office, false));
        }
        try {
            search = HistorySearch.build(sources, matcher, sealed);
        } catch (HistoryStoreException e) {
            dropOffice(e);
            try {
                search = HistorySearch.build(List.of(new HistorySearch.Source(batch, true)), matcher, sealed);
            } catch (HistoryStoreException again) {
                warnings.add(again.getMessage());
            }
        }
        if (office != null && !frequency.common().isEmpty()) {
            try {
                office.addCommonBuckets(frequency.common());
            } catch (HistoryStoreException e) {
                dropOffice(e);
            }
        }
    }

    /** Second pass: what the history holds about this report; none before {@link #seal} or after a failure. */
    public ReportHistory lookup(ReportSummary summary) {
        HistorySearch s = search;
        if (s == null) {
            return ReportHistory.none();
        }
        try {
            return s.lookup(summary);
        } catch (HistoryStoreException e) {
            warnings.add(e.getMessage());
            return ReportHistory.none();
        }
    }

    /** The facts the rules under rules/history/ match on. */
    public List<Object> facts(AnnualReport report, ReportSummary summary, ReportHistory history) {
        Boilerplate b = sealed == null ? boilerplate : sealed;
        return new HistoryFacts(b).facts(report, summary, history);
    }

    /** Keeps the verdict of a judged report in the office's store (nothing without one). */
    public void record(ReportSummary summary, StoredAudit audit) {
        HistoryStore o = office;
        if (o == null || !summary.assessable()) {
            return;
        }
        try {
            o.put(summary, audit);
        } catch (HistoryStoreException e) {
            dropOffice(e);
        }
    }

    /** The wording left out of similarity: template, boilerplate file and, once sealed, the batch's common sentences. */
    public Boilerplate boilerplate() {
        Boilerplate b = sealed;
        return b == null ? boilerplate : b;
    }

    /** Whether an office store is in use (opened and not dropped after a failure). */
    public boolean hasOfficeStore() {
        return office != null;
    }

    /** Why a store was dropped, each once, in the order they happened. */
    public List<String> warnings() {
        return warnings.stream().distinct().toList();
    }

    private synchronized void dropOffice(HistoryStoreException e) {
        if (office != null) {
            warnings.add(e.getMessage() + HistoryEngineMessages.withoutStore());
            office.close();
            office = null;
        }
    }

    @Override
    public void close() {
        batch.close();
        HistoryStore o = office;
        if (o != null) {
            o.close();
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(batchFile + suffix));
            } catch (IOException e) {
                // a hidden temporary file left in the output folder changes no result
            }
        }
    }
}
