package org.nianbao.audit.history;

import java.util.Arrays;

/**
 * Locality-sensitive hashing over MinHash signatures: {@link #BANDS} bands of {@link #ROWS} positions; two
 * documents are candidates when one band agrees entirely. With 16 × 8 a pair of Jaccard similarity 0.8
 * becomes a candidate with probability 0.95, 0.9 with 0.9999, 0.5 with 0.06, 0.3 with 0.001 — so the
 * exact measure runs on a few pairs, not on all of them. Each band is a sorted array of (band hash, id)
 * longs: 16 × 8 bytes per document, searched by binary search. Build with {@link Builder}; immutable.
 */
public final class LshIndex {
    public static final int BANDS = 16;
    public static final int ROWS = MinHash.SIZE / BANDS;
    /** At most this many ids are taken from one band's bucket. */
    static final int MAX_PER_BUCKET = 256;

    private final long[][] bands;

    private LshIndex(long[][] bands) {
        this.bands = bands;
    }

    /**
     * The ids whose signature agrees with {@code signature} in at least one band, those agreeing in most bands
     * first (the likelier near-duplicates), then by id; distinct. A band value shared by more than
     * {@link #MAX_PER_BUCKET} documents (a batch of near-identical reports, a template every township filled in)
     * offers its lowest ids only: the caller measures a handful of candidates anyway, and taking all of them made
     * each look-up cost as much as the batch is large.
     */
    public int[] candidates(int[] signature) {
        int[] out = new int[16];
        int n = 0;
        for (int b = 0; b < BANDS; b++) {
            long key = (long) bandHash(signature, b) << 32;
            long[] band = bands[b];
            int at = Arrays.binarySearch(band, key);
            int from = at >= 0 ? at : -at - 1;
            int to = Math.min(band.length, from + MAX_PER_BUCKET);
            for (int i = from; i < to && (band[i] & 0xffffffff00000000L) == key; i++) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = (int) band[i];
            }
        }
        int[] ids = Arrays.copyOf(out, n);
        Arrays.sort(ids);
        long[] byHits = new long[n];
        int distinct = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && ids[j] == ids[i]) {
                j++;
            }
            byHits[distinct++] = ((long) (BANDS - (j - i)) << 32) | ids[i];
            i = j;
        }
        long[] sorted = Arrays.copyOf(byHits, distinct);
        Arrays.sort(sorted);
        int[] result = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            result[i] = (int) sorted[i];
        }
        return result;
    }

    public int size() {
        return bands[0].length;
    }

    static int bandHash(int[] signature, int band) {
        int h = 0x9747b28c + band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            h = h * 31 + signature[i];
        }
        return h;
    }

    /** Collects (id, signature) pairs; ids must be non-negative. */
    public static final class Builder {
        private long[][] bands = new long[BANDS][1024];
        private int n;

        public Builder add(int id, int[] signature) {
            if (n == bands[0].length) {
                for (int b = 0; b < BANDS; b++) {
                    bands[b] = Arrays.copyOf(bands[b], n * 2);
                }
            }
            for (int b = 0; b < BANDS; b++) {
                bands[b][n] = ((long) bandHash(signature, b) << 32) | (id & 0xffffffffL);
            }
            n++;
            return this;
        }

        public LshIndex build() {
            long[][] sorted = new long[BANDS][];
            for (int b = 0; b < BANDS; b++) {
                sorted[b] = Arrays.copyOf(bands[b], n);
                Arrays.sort(sorted[b]); // by band hash, then id (ids are non-negative, so the low half sorts too)
            }
            return new LshIndex(sorted);
        }
    }
}
