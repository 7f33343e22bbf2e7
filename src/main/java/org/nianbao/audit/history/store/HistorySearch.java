package org.nianbao.audit.history.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nianbao.audit.history.AgencyMatch;
import org.nianbao.audit.history.AgencyMatcher;
import org.nianbao.audit.history.Boilerplate;
import org.nianbao.audit.history.LshIndex;
import org.nianbao.audit.history.Passage;
import org.nianbao.audit.history.Passages;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.history.Shingles;
import org.nianbao.audit.history.TextView;

/**
 * Looks up a report's history in one or more stores (this batch's first, then the office's): the same
 * agency's report of the year before, alike agencies' reports of that year, and near-duplicate reports of
 * other agencies — LSH candidates over every stored signature, confirmed by the exact Jaccard similarity of
 * the two running texts with template wording and common sentences left out. Memory: 16 longs and two ints
 * per stored report; the texts stay in the stores. Thread-safe.
 */
public final class HistorySearch {
    /** Near-duplicates from this exact similarity on become facts; the rules set their own thresholds above it. */
    public static final double SIMILAR_MIN = 0.5;
    static final int MAX_SIMILAR = 3;
    /** Shared passages shorter than this (letters and ideographs) are not shown. */
    public static final int PASSAGE_MIN = 20;
    static final int MAX_PASSAGES = 3;
    /**
     * At most this many candidates are read and measured per report, most bands agreeing first: a batch of
     * thousands of copies of one text (a benchmark, a province's template filled in by every county) would
     * otherwise read every copy for every report.
     */
    static final int MAX_CANDIDATES = 16;
    /**
     * A report with fewer shingles of its own than this, once template wording and common sentences are left
     * out, says too little to be called a copy of anything.
     */
    static final int MIN_OWN_SHINGLES = 50;

    /** One store to search; {@code inBatch} for the batch's own store. */
    public record Source(HistoryStore store, boolean inBatch) {
    }

    private final List<Source> sources;
    private final AgencyMatcher matcher;
    private final Boilerplate boilerplate;
    private final LshIndex index;
    private final byte[] sourceOf;
    private final long[] rowOf;
    /** Hashes of each entry's identity and content: a report's own entries are passed over without reading them. */
    private final long[] identityOf;
    private final long[] contentOf;

    private HistorySearch(List<Source> sources, AgencyMatcher matcher, Boilerplate boilerplate, LshIndex index,
                          byte[] sourceOf, long[] rowOf, long[] identityOf, long[] contentOf) {
        this.sources = sources;
        this.matcher = matcher;
        this.boilerplate = boilerplate;
        this.index = index;
        this.sourceOf = sourceOf;
        this.rowOf = rowOf;
        this.identityOf = identityOf;
        this.contentOf = contentOf;
    }

    /** Reads every signature of every source into one LSH index. */
    public static HistorySearch build(List<Source> sources, AgencyMatcher matcher, Boilerplate boilerplate)
            throws HistoryStoreException {
        LshIndex.Builder builder = new LshIndex.Builder();
        Entries e = new Entries();
        for (int s = 0; s < sources.size(); s++) {
            byte which = (byte) s;
            sources.get(s).store().forEachSignature((id, identity, content, sig) -> {
                builder.add(e.n, sig);
                e.add(which, id, hash(identity), hash(content));
            });
        }
        return new HistorySearch(List.copyOf(sources), matcher, boilerplate, builder.build(),
                java.util.Arrays.copyOf(e.source, e.n), java.util.Arrays.copyOf(e.row, e.n),
                java.util.Arrays.copyOf(e.identity, e.n), java.util.Arrays.copyOf(e.content, e.n));
    }

    /** Growable parallel arrays: 25 bytes per stored report. */
    private static final class Entries {
        byte[] source = new byte[1024];
        long[] row = new long[1024];
        long[] identity = new long[1024];
        long[] content = new long[1024];
        int n;

        void add(byte s, long id, long ident, long cont) {
            if (n == row.length) {
                source = java.util.Arrays.copyOf(source, n * 2);
                row = java.util.Arrays.copyOf(row, n * 2);
                identity = java.util.Arrays.copyOf(identity, n * 2);
                content = java.util.Arrays.copyOf(content, n * 2);
            }
            source[n] = s;
            row[n] = id;
            identity[n] = ident;
            content[n] = cont;
            n++;
        }
    }

    /** 64-bit FNV-1a: two different identities colliding would only hide one candidate. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Reports indexed for similarity, all sources together. */
    public int size() {
        return rowOf.length;
    }

    public ReportHistory lookup(ReportSummary report) throws HistoryStoreException {
        if (!report.assessable()) {
            return ReportHistory.none();
        }
        ReportHistory.Prior prior = null;
        List<ReportHistory.Possible> possible = new ArrayList<>();
        if (report.agencyKey() != null && report.year() != null) {
            prior = prior(report.agencyKey(), report.year() - 1).orElse(null);
            if (prior == null) {
                possible = possible(report.agencyKey(), report.year() - 1);
            }
        }
        return new ReportHistory(prior, possible, similar(report));
    }

    private Optional<ReportHistory.Prior> prior(String key, int year) throws HistoryStoreException {
        for (Source s : sources) {
            Optional<StoredReport> r = s.store().find(key, year);
            if (r.isPresent()) {
                StoredAudit a = r.get().audit();
                return Optional.of(new ReportHistory.Prior(r.get().summary(), a.grade(), a.score(), s.inBatch()));
            }
        }
        return Optional.empty();
    }

    private List<ReportHistory.Possible> possible(String key, int year) throws HistoryStoreException {
        List<ReportHistory.Possible> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Source s : sources) {
            for (HistoryStore.KeyRow k : s.store().near(key, year)) {
                AgencyMatcher.Verdict v = matcher.judge(key, k.agencyKey());
                if (v.match() == AgencyMatch.POSSIBLE && seen.add(k.agencyKey())) {
                    Optional<StoredReport> r = s.store().get(k.id());
                    if (r.isPresent()) {
                        out.add(new ReportHistory.Possible(r.get().summary(), v.reason()));
                    }
                }
            }
        }
        return out;
    }

    private List<ReportHistory.Similar> similar(ReportSummary report) throws HistoryStoreException {
        int[] candidates = index.candidates(report.signature());
        if (candidates.length == 0) {
            return List.of();
        }
        String self = HistoryStore.identity(report);
        TextView mine = null;
        int[] myShingles = null;
        List<ReportHistory.Similar> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long selfIdentity = hash(self);
        long selfContent = hash(report.contentHash());
        int measured = 0;
        for (int c : candidates) {
            if (identityOf[c] == selfIdentity || contentOf[c] == selfContent) {
                continue;
            }
            if (measured++ == MAX_CANDIDATES) {
                break;
            }
            Optional<StoredReport> found = sources.get(sourceOf[c]).store().get(rowOf[c]);
            if (found.isEmpty()) {
                continue;
            }
            ReportSummary other = found.get().summary();
            String identity = HistoryStore.identity(other);
            if (identity.equals(self) || other.contentHash().equals(report.contentHash()) || !seen.add(identity)) {
                continue;
            }
            AgencyMatcher.Verdict relation = matcher.judge(report.agencyKey(), other.agencyKey());
            if (relation.match() == AgencyMatch.SAME) {
                continue; // the agency's own other years: compared part by part, not as a copy
            }
            if (mine == null) {
                mine = TextView.of(report.narrative());
                myShingles = Shingles.set(mine.view(), boilerplate);
                if (myShingles.length < MIN_OWN_SHINGLES) {
                    return List.of();
                }
            }
            TextView theirs = TextView.of(other.narrative());
            double similarity = Shingles.jaccard(myShingles, Shingles.set(theirs.view(), boilerplate));
            if (similarity >= SIMILAR_MIN) {
                List<Passage> passages = Passages.common(mine, theirs, boilerplate, PASSAGE_MIN, MAX_PASSAGES);
                out.add(new ReportHistory.Similar(other, similarity, relation.match(), passages));
            }
        }
        out.sort(Comparator.comparingDouble((ReportHistory.Similar s) -> -s.similarity())
                .thenComparing(s -> String.valueOf(s.summary().source())));
        return out.size() > MAX_SIMILAR ? out.subList(0, MAX_SIMILAR) : out;
    }
}
