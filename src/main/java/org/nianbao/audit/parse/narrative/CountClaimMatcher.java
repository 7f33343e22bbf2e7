package org.nianbao.audit.parse.narrative;

import java.util.List;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;

/**
 * "trigger … N件" inside one clause: a trigger word arms the matcher, the next count in the clause is
 * its value. A trigger directly preceded or followed by a veto word (未收到, 上年结转, 结转上年度, 同意公开答复) or after a negation in
 * the clause disarms it, so that a count is claimed only by the wording right before it; a clause naming
 * something else (建议, 提案, 留言 …) is skipped. One forward pass.
 */
final class CountClaimMatcher implements ClaimMatcher {
    private final ClaimKind kind;
    private final String[] triggers;
    private final String[] vetoBefore;
    private final String[] vetoAfter;
    private final String[] negations;
    private final String[] required;
    private final String[] forbidden;
    private final String units;

    private CountClaimMatcher(Builder b) {
        this.kind = b.kind;
        this.triggers = b.triggers;
        this.vetoBefore = b.vetoBefore;
        this.vetoAfter = b.vetoAfter;
        this.negations = b.negations;
        this.required = b.required;
        this.forbidden = b.forbidden;
        this.units = b.units;
    }

    static Builder of(ClaimKind kind, String... triggers) {
        return new Builder(kind, triggers);
    }

    @Override
    public void match(Sentence sentence, List<NarrativeClaim> out) {
        // the clauses are pieces of the sentence: one without any trigger has no clause with one
        if (!Words.containsAny(sentence.compact(), triggers)) {
            return;
        }
        for (String clause : sentence.clauses()) {
            // cheap indexOf tests first: most clauses hold no trigger at all
            if (!Words.containsAny(clause, triggers) || (required.length > 0 && !Words.containsAny(clause, required))
                    || Words.containsAny(clause, forbidden)) {
                continue;
            }
            int negation = Words.firstIndex(clause, negations);
            boolean armed = false;
            for (int i = 0; i < clause.length(); i++) {
                String trigger = Words.startingAt(clause, i, triggers);
                if (trigger != null) {
                    // a count belongs to the nearest trigger before it: a qualified one ("同意公开答复") disarms
                    armed = !Words.endsAt(clause, i, vetoBefore) && Words.startingAt(clause, i + trigger.length(), vetoAfter) == null
                            && (negation < 0 || negation >= i);
                    i += trigger.length() - 1;
                    continue;
                }
                if (armed) {
                    CountReader.Count count = CountReader.at(clause, i, units);
                    if (count != null && count.value() <= Integer.MAX_VALUE) {
                        out.add(sentence.claim(kind, (int) count.value()));
                        armed = false;
                        i = count.end() - 1;
                    }
                }
            }
        }
    }

    static final class Builder {
        private final ClaimKind kind;
        private final String[] triggers;
        private String[] vetoBefore = {};
        private String[] vetoAfter = {};
        private String[] negations = {};
        private String[] required = {};
        private String[] forbidden = {};
        private String units = CountReader.PIECES;

        private Builder(ClaimKind kind, String[] triggers) {
            this.kind = kind;
            this.triggers = triggers;
        }

        Builder vetoBefore(String... words) {
            this.vetoBefore = words;
            return this;
        }

        /** Words that, right after the trigger, make it name something else ("结转上年度…": carried in, not on). */
        Builder vetoAfter(String... words) {
            this.vetoAfter = words;
            return this;
        }

        Builder negations(String... words) {
            this.negations = words;
            return this;
        }

        Builder requires(String... words) {
            this.required = words;
            return this;
        }

        Builder forbids(String... words) {
            this.forbidden = words;
            return this;
        }

        Builder units(String units) {
            this.units = units;
            return this;
        }

        CountClaimMatcher build() {
            return new CountClaimMatcher(this);
        }
    }
}
