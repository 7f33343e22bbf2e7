package org.nianbao.audit.history;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The character shingles of a text: every run of {@link #K} consecutive characters of its matching view
 * (punctuation, white space and digits dropped, so a copied passage with other figures or line breaks still
 * matches), hashed to 32 bits. Five characters are about two Chinese words: short enough that an edited
 * sentence keeps most of its shingles, long enough that unrelated texts share few.
 */
public final class Shingles {
    public static final int K = 5;

    private Shingles() {
    }

    /** The text's matching view: letters and ideographs only, width-folded. */
    public static String view(String text) {
        return TextView.of(text).view();
    }

    /** The shingle hash starting at each position of {@code view} (length − K + 1 values, none when shorter). */
    public static int[] positional(String view) {
        int n = view.length() - K + 1;
        if (n <= 0) {
            return new int[0];
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = hash(view, i);
        }
        return out;
    }

    /** The distinct shingle hashes of {@code view} that {@code keep} accepts, sorted. */
    public static int[] set(String view, IntPredicate keep) {
        int[] all = positional(view);
        int[] kept = new int[all.length];
        int n = 0;
        for (int h : all) {
            if (keep.test(h)) {
                kept[n++] = h;
            }
        }
        int[] sorted = Arrays.copyOf(kept, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** Jaccard similarity of two sorted distinct sets; 0 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** Fraction of {@code a}'s shingles that {@code b} also has: how much of a is found in b. */
    public static double containment(int[] a, int[] b) {
        if (a.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / a.length;
    }

    /** FNV-1a over the K characters, then a murmur finaliser so that MinHash sees well-spread bits. */
    static int hash(CharSequence s, int from) {
        int h = 0x811c9dc5;
        for (int i = from; i < from + K; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
