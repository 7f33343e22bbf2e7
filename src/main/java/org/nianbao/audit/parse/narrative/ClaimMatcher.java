package org.nianbao.audit.parse.narrative;

import java.util.List;
import org.nianbao.audit.model.NarrativeClaim;

/** One kind of checkable statement; adds what it finds in a sentence. Stateless. */
interface ClaimMatcher {
    void match(Sentence sentence, List<NarrativeClaim> out);
}
