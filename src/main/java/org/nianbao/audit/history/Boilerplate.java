package org.nianbao.audit.history;

import java.util.BitSet;
import java.util.Collection;
import java.util.function.IntPredicate;

/**
 * Shingles that say nothing about who wrote a report: the template's own words (part titles, table row and
 * column labels) and sentences nearly every report prints ("本报告依据《中华人民共和国政府信息公开条例》…"), plus
 * those the batch shows to be common (a document-frequency cut, {@link #withCommon}). Kept as a bit set over
 * the shingle hash's low {@value #BITS} bits: a rare shingle that collides with a boilerplate one is
 * dropped too, which costs a little recall and never makes two reports look alike.
 */
public final class Boilerplate implements IntPredicate {
    public static final int BITS = 22;
    private static final int MASK = (1 << BITS) - 1;
    private final BitSet excluded;

    private Boilerplate(BitSet excluded) {
        this.excluded = excluded;
    }

    /** The shingles of every phrase given (template labels and titles, boilerplate sentences). */
    public static Boilerplate of(Collection<String> phrases) {
        BitSet bits = new BitSet(1 << BITS);
        for (String p : phrases) {
            for (int h : Shingles.positional(Shingles.view(p))) {
                bits.set(h & MASK);
            }
        }
        return new Boilerplate(bits);
    }

    public static Boilerplate none() {
        return new Boilerplate(new BitSet());
    }

    /** This boilerplate and the buckets {@code common} names (a document-frequency cut). */
    public Boilerplate withCommon(BitSet common) {
        BitSet bits = (BitSet) excluded.clone();
        bits.or(common);
        return new Boilerplate(bits);
    }

    /** True for a shingle to keep (not boilerplate). */
    @Override
    public boolean test(int shingle) {
        return !excluded.get(shingle & MASK);
    }

    /** The bucket of a shingle, as document-frequency counts and {@link #withCommon} address it. */
    public static int bucket(int shingle) {
        return shingle & MASK;
    }

    public BitSet excluded() {
        return (BitSet) excluded.clone();
    }
}
