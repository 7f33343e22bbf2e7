package org.nianbao.audit.parse.narrative;

import java.util.List;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;

/** Every "YYYY年" (1990–2099) in the sentence, value = the year; one claim per occurrence. */
final class YearMentionMatcher implements ClaimMatcher {
    @Override
    public void match(Sentence sentence, List<NarrativeClaim> out) {
        String c = sentence.compact();
        for (int i = 0; i + 4 < c.length(); i++) {
            if (c.charAt(i + 4) == '年' && fourDigits(c, i) && (i == 0 || !isDigit(c.charAt(i - 1)))) {
                int year = Integer.parseInt(c.substring(i, i + 4));
                if (year >= 1990 && year <= 2099) {
                    out.add(sentence.claim(ClaimKind.YEAR_MENTION, year));
                }
                i += 4;
            }
        }
    }

    private static boolean fourDigits(String c, int i) {
        for (int k = i; k < i + 4; k++) {
            if (!isDigit(c.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
