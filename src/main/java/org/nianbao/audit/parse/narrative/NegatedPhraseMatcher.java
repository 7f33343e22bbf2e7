package org.nianbao.audit.parse.narrative;

import java.util.List;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;

/**
 * "negation … object" inside one clause ("未向申请人收取任何费用", "不存在收取信息处理费的情况"):
 * the object word appears and a negation stands before it in the same clause. Once per sentence.
 */
final class NegatedPhraseMatcher implements ClaimMatcher {
    private final ClaimKind kind;
    private final String[] negations;
    private final String[] objects;
    private final String[] forbidden;

    NegatedPhraseMatcher(ClaimKind kind, String[] negations, String[] objects, String... forbidden) {
        this.kind = kind;
        this.negations = negations;
        this.objects = objects;
        this.forbidden = forbidden;
    }

    @Override
    public void match(Sentence sentence, List<NarrativeClaim> out) {
        // the clauses are pieces of the sentence: one without the object word has no clause with it
        if (!Words.containsAny(sentence.compact(), objects)) {
            return;
        }
        for (String clause : sentence.clauses()) {
            if (Words.containsAny(clause, forbidden)) {
                continue;
            }
            int object = Words.firstIndex(clause, objects);
            if (object > 0 && Words.firstIndex(clause.substring(0, object), negations) >= 0) {
                out.add(sentence.claim(kind, null));
                return;
            }
        }
    }
}
