package org.nianbao.audit.parse.narrative;

import java.util.List;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;

/**
 * "未发生…行政复议、行政诉讼" / "无…复议…诉讼": a negation followed, in the same sentence, by both 复议
 * and 诉讼 (the two are usually joined by 、 or 和, so this works on the sentence, not the clause).
 */
final class NoReviewOrLitigationMatcher implements ClaimMatcher {
    private static final String[] NEGATIONS = {"未发生", "没有发生", "未出现", "未被", "未有", "没有", "不存在", "无"};

    @Override
    public void match(Sentence sentence, List<NarrativeClaim> out) {
        String c = sentence.compact();
        int negation = Words.firstIndex(c, NEGATIONS);
        if (negation < 0) {
            return;
        }
        int review = c.indexOf("复议", negation);
        int litigation = c.indexOf("诉讼", negation);
        if (review > negation && litigation > negation) {
            out.add(sentence.claim(ClaimKind.NO_REVIEW_OR_LITIGATION, null));
        }
    }
}
