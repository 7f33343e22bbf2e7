package org.nianbao.audit.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an office states about agency names (rules/history/agency-aliases.tsv), in the folded view of
 * {@link AgencyNames#fold}: words that mean the same inside any name (科委 → 科学技术委员会), words to drop
 * ((本级)), whole names that are one agency (a renaming), and pairs that look alike but are two agencies.
 * Immutable.
 */
public final class AgencyAliases {
    /** A word replaced inside a name: {@code variant} → {@code canonical}. */
    public record Word(String variant, String canonical) {
    }

    private static final AgencyAliases NONE = new AgencyAliases(List.of(), List.of(), Map.of(), Set.of());

    private final List<Word> words;
    private final List<String> drops;
    private final Map<String, String> names;
    private final Set<String> distinct;

    /**
     * @param words    word rewrites (tried longest variant first, so 市场监管局 wins over 监管)
     * @param drops    words removed from every name
     * @param names    folded whole name → the folded canonical name it stands for
     * @param distinct folded name pairs ("a\u0000b", both orders) that are never the same agency
     */
    public AgencyAliases(List<Word> words, List<String> drops, Map<String, String> names, Set<String> distinct) {
        List<Word> w = new ArrayList<>(words);
        w.sort(Comparator.comparingInt((Word x) -> -x.variant().length()).thenComparing(Word::variant));
        this.words = List.copyOf(w);
        List<String> d = new ArrayList<>(drops);
        d.sort(Comparator.comparingInt((String x) -> -x.length()).thenComparing(x -> x));
        this.drops = List.copyOf(d);
        this.names = Map.copyOf(names);
        this.distinct = Set.copyOf(distinct);
    }

    public static AgencyAliases none() {
        return NONE;
    }

    List<Word> words() {
        return words;
    }

    List<String> drops() {
        return drops;
    }

    /** The canonical whole name a folded name stands for, or the name itself. */
    String name(String folded) {
        return names.getOrDefault(folded, folded);
    }

    /** True when the office said these two (folded, rewritten) names are two agencies. */
    boolean declaredDistinct(String a, String b) {
        return distinct.contains(a + '\u0000' + b);
    }

    /** Builder for the file reader; pairs are stored both ways. */
    public static final class Builder {
        private final List<Word> words = new ArrayList<>();
        private final List<String> drops = new ArrayList<>();
        private final Map<String, String> names = new HashMap<>();
        private final Set<String> distinct = new HashSet<>();

        public Builder word(String variant, String canonical) {
            words.add(new Word(AgencyNames.fold(variant), AgencyNames.fold(canonical)));
            return this;
        }

        public Builder drop(String word) {
            drops.add(AgencyNames.fold(word));
            return this;
        }

        public Builder name(String variant, String canonical) {
            names.put(AgencyNames.fold(variant), AgencyNames.fold(canonical));
            return this;
        }

        public Builder distinct(String a, String b) {
            String x = AgencyNames.fold(a);
            String y = AgencyNames.fold(b);
            distinct.add(x + '\u0000' + y);
            distinct.add(y + '\u0000' + x);
            return this;
        }

        public AgencyAliases build() {
            return new AgencyAliases(words, drops, names, distinct);
        }
    }
}
