package org.nianbao.audit.history;

import java.util.BitSet;

/**
 * How many reports of a batch contain each shingle bucket ({@link Boilerplate#bucket}): a saturating counter
 * per bucket, 8 MB for 4 M buckets whatever the batch size. Buckets found in more than a share of the reports
 * are sentences every report prints (a province's shared skeleton, "本报告依据…") and are left out of the
 * exact similarity, so they cannot make every pair of reports alike. Thread-safe.
 */
public final class DocumentFrequency {
    /** A bucket in more than this share of reports is common … */
    static final double COMMON_SHARE = 0.05;
    /** … provided the batch has at least this many reports (with fewer, 5 % is one or two reports). */
    static final int MIN_REPORTS = 40;
    private final char[] counts = new char[1 << Boilerplate.BITS];
    private int reports;

    /** Counts one report's distinct shingles. */
    public synchronized void add(int[] distinctShingles) {
        reports++;
        int last = -1;
        int[] buckets = new int[distinctShingles.length];
        for (int i = 0; i < distinctShingles.length; i++) {
            buckets[i] = Boilerplate.bucket(distinctShingles[i]);
        }
        java.util.Arrays.sort(buckets);
        for (int b : buckets) {
            if (b != last && counts[b] < Character.MAX_VALUE) {
                counts[b]++;
            }
            last = b;
        }
    }

    public synchronized int reports() {
        return reports;
    }

    /** The common buckets; none while the batch is too small to tell. */
    public synchronized BitSet common() {
        BitSet out = new BitSet();
        if (reports < MIN_REPORTS) {
            return out;
        }
        int cut = (int) Math.ceil(reports * COMMON_SHARE);
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > cut) {
                out.set(b);
            }
        }
        return out;
    }
}
