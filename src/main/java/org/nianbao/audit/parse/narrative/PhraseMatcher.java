package org.nianbao.audit.parse.narrative;

import java.util.List;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;

/** A fixed phrase anywhere in the sentence ("均已办结", "均获维持"). Once per sentence. */
final class PhraseMatcher implements ClaimMatcher {
    private final ClaimKind kind;
    private final String[] phrases;

    PhraseMatcher(ClaimKind kind, String... phrases) {
        this.kind = kind;
        this.phrases = phrases;
    }

    @Override
    public void match(Sentence sentence, List<NarrativeClaim> out) {
        if (Words.containsAny(sentence.compact(), phrases)) {
            out.add(sentence.claim(kind, null));
        }
    }
}
