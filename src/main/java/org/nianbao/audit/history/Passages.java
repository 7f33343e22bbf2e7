package org.nianbao.audit.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The passages two texts share, longest first: runs of consecutive shingles of one text that the other
 * also has, at least {@code minLength} view characters long, quoted from both originals. Shingles that
 * {@code keep} rejects (template wording, sentences every report prints) break runs, so a shared title
 * does not count as a copied passage.
 */
public final class Passages {
    private Passages() {
    }

    public static List<Passage> common(TextView a, TextView b, IntPredicate keep, int minLength, int max) {
        int[] pa = Shingles.positional(a.view());
        int[] pb = Shingles.positional(b.view());
        Map<Integer, Integer> firstInB = new HashMap<>();
        for (int i = 0; i < pb.length; i++) {
            firstInB.putIfAbsent(pb[i], i);
        }
        Set<Integer> inB = new HashSet<>(firstInB.keySet());
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= pa.length; i++) {
            boolean shared = i < pa.length && inB.contains(pa[i]) && keep.test(pa[i]);
            if (shared && start < 0) {
                start = i;
            } else if (!shared && start >= 0) {
                int length = i - start + Shingles.K - 1;
                if (length >= minLength) {
                    runs.add(new int[] {start, i - start, length});
                }
                start = -1;
            }
        }
        runs.sort(Comparator.comparingInt((int[] r) -> -r[2]).thenComparingInt(r -> r[0]));
        List<Passage> out = new ArrayList<>();
        for (int[] r : runs.subList(0, Math.min(max, runs.size()))) {
            int otherStart = firstInB.get(pa[r[0]]);
            int to = r[0] + r[2];
            // a run that starts in the middle of a sentence is quoted from the next sentence on
            int from = a.sentenceStart(r[0], to);
            int otherFrom = otherStart + (from - r[0]);
            int otherTo = Math.min(b.view().length(), otherStart + r[2]);
            out.add(new Passage(a.quote(from, to), a.lineOf(from), b.quote(otherFrom, otherTo), b.lineOf(otherFrom), r[2]));
        }
        return out;
    }

    /** The view characters {@code a} shares with {@code b} in passages of at least {@code minLength}. */
    public static int sharedLength(TextView a, TextView b, IntPredicate keep, int minLength) {
        return common(a, b, keep, minLength, Integer.MAX_VALUE).stream().mapToInt(Passage::length).sum();
    }
}
