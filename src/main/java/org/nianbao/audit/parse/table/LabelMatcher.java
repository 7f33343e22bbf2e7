package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.nianbao.audit.model.LabelMatch;

/**
 * Matches printed labels against a fixed list of template labels: exact after normalisation, then a
 * known variant, then a small edit distance (relative to the label's length). Two entries equally close
 * make the match ambiguous; the caller picks none. Thread-safe (the verdict cache is concurrent).
 */
final class LabelMatcher {
    private static final int FUZZY_CACHE_LIMIT = 20_000;

    private record Entry(int target, String key) {
    }

    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> variants = new HashMap<>();
    /** The answer of {@link #matchKnown} for every exact and variant key, built once: asked of every token. */
    private final Map<String, Optional<LabelHit>> known = new HashMap<>();
    private final List<Entry> all = new ArrayList<>();
    private final Map<String, Optional<LabelHit>> fuzzyCache = new ConcurrentHashMap<>();

    /** {@code labels.get(i)} is the canonical label of entry i, {@code variants.get(i)} its known variants. */
    LabelMatcher(List<String> labels, List<List<String>> knownVariants) {
        for (int i = 0; i < labels.size(); i++) {
            String key = LabelKey.of(labels.get(i));
            exact.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            all.add(new Entry(i, key));
            for (String v : knownVariants.get(i)) {
                String vk = LabelKey.of(v);
                if (!vk.equals(key)) {
                    variants.computeIfAbsent(vk, k -> new ArrayList<>()).add(i);
                    all.add(new Entry(i, vk));
                }
            }
        }
        variants.keySet().forEach(k -> known.put(k, knownHit(k)));
        exact.keySet().forEach(k -> known.put(k, knownHit(k)));
    }

    /** Exact or variant match only (no guessing), for joining header fragments. */
    Optional<LabelHit> matchKnown(String key) {
        return known.getOrDefault(key, Optional.empty());
    }

    private Optional<LabelHit> knownHit(String key) {
        List<Integer> hits = exact.get(key);
        if (hits != null) {
            return Optional.of(hit(hits, LabelMatch.EXACT, 0));
        }
        hits = variants.get(key);
        if (hits != null) {
            return Optional.of(hit(hits, LabelMatch.VARIANT, 0));
        }
        return Optional.empty();
    }

    Optional<LabelHit> match(String key) {
        Optional<LabelHit> sure = matchKnown(key);
        if (sure.isPresent()) {
            return sure;
        }
        // The same printed labels recur in every report of a batch: remember the edit-distance verdicts
        // (bounded, so a hostile input cannot grow the cache without limit).
        Optional<LabelHit> cached = fuzzyCache.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<LabelHit> fuzzy = matchFuzzy(key);
        if (fuzzyCache.size() < FUZZY_CACHE_LIMIT) {
            fuzzyCache.put(key, fuzzy);
        }
        return fuzzy;
    }

    private Optional<LabelHit> matchFuzzy(String key) {
        if (key.isEmpty() || CellReader.isValueLike(key)) {
            return Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        List<Integer> bestTargets = new ArrayList<>();
        for (Entry e : all) {
            int limit = threshold(e.key().length());
            if (limit == 0 || Math.abs(e.key().length() - key.length()) > limit) {
                continue;
            }
            int d = new LevenshteinDistance(limit).apply(e.key(), key);
            if (d < 0 || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                bestTargets.clear();
            }
            if (!bestTargets.contains(e.target())) {
                bestTargets.add(e.target());
            }
        }
        if (bestTargets.isEmpty()) {
            return matchShortened(key);
        }
        return Optional.of(hit(bestTargets, LabelMatch.FUZZY, best));
    }

    /**
     * A label printed with words left out ("2.其他法律行政止公开" for "2.其他法律行政法规禁止公开"): same list
     * number, its characters all found in order in exactly one template label, and most of that label kept.
     * Too far for the edit distance above, yet it names one row only.
     */
    private Optional<LabelHit> matchShortened(String key) {
        String marker = marker(key);
        if (marker.isEmpty() || key.length() - marker.length() < 4) {
            return Optional.empty();
        }
        List<Integer> targets = new ArrayList<>();
        int distance = 0;
        for (Entry e : all) {
            if (e.key().startsWith(marker) && key.length() * 10 >= e.key().length() * 6
                    && subsequence(key.substring(marker.length()), e.key().substring(marker.length()))
                    && !targets.contains(e.target())) {
                targets.add(e.target());
                distance = e.key().length() - key.length();
            }
        }
        return targets.size() == 1 ? Optional.of(hit(targets, LabelMatch.FUZZY, distance)) : Optional.empty();
    }

    /** A key's list marker ("2."), "" when it has none. */
    private static String marker(String key) {
        int i = 0;
        while (i < key.length() && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && i < key.length() && key.charAt(i) == '.' ? key.substring(0, i + 1) : "";
    }

    private static boolean subsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length() && part.length() < whole.length();
    }

    private static LabelHit hit(List<Integer> targets, LabelMatch match, int distance) {
        List<Integer> rivals = targets.size() > 1 ? targets : List.of();
        return new LabelHit(targets.get(0), match, distance, rivals);
    }

    /** Edits tolerated for a label of {@code length} characters: none for very short labels, ≤2 up to 15, then 1 in 8. */
    static int threshold(int length) {
        if (length < 4) {
            return 0;
        }
        if (length < 8) {
            return 1;
        }
        return length < 16 ? 2 : length / 8;
    }

    /** Levenshtein distance between two normalised labels, for reporting a variant's distance. */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
