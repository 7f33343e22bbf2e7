package org.nianbao.audit.history;

/**
 * MinHash signatures by one-permutation hashing with optimal densification (Shrivastava 2017): each shingle
 * is hashed once, its top bits choose one of {@link #SIZE} bins and the bin keeps its least value; an empty
 * bin borrows from a bin chosen by a seeded probe. That costs one hash per shingle instead of one per
 * shingle and permutation (128× less) and estimates Jaccard similarity as well. Two signatures agree in a
 * position with probability equal to the Jaccard similarity of their shingle sets.
 */
public final class MinHash {
    public static final int SIZE = 128;
    private static final int BIN_BITS = 7;
    private static final int EMPTY = Integer.MAX_VALUE;

    private MinHash() {
    }

    /** The signature of a shingle set (any order, duplicates harmless); all EMPTY for an empty set. */
    public static int[] signature(int[] shingles) {
        int[] sig = new int[SIZE];
        java.util.Arrays.fill(sig, EMPTY);
        for (int s : shingles) {
            int h = mix(s);
            int bin = h >>> (32 - BIN_BITS);
            int value = h & 0x01ffffff;
            if (value < sig[bin]) {
                sig[bin] = value;
            }
        }
        densify(sig);
        return sig;
    }

    /** Estimated Jaccard similarity: the fraction of positions that agree. */
    public static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i] && a[i] != EMPTY) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    private static void densify(int[] sig) {
        boolean any = false;
        for (int v : sig) {
            any |= v != EMPTY;
        }
        if (!any) {
            return;
        }
        int[] filled = sig.clone();
        for (int bin = 0; bin < SIZE; bin++) {
            if (filled[bin] != EMPTY) {
                continue;
            }
            for (int attempt = 1; ; attempt++) {
                int probe = mix(bin * 0x9e3779b9 + attempt) >>> (32 - BIN_BITS);
                if (filled[probe] != EMPTY) {
                    sig[bin] = filled[probe];
                    break;
                }
            }
        }
    }

    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }
}
