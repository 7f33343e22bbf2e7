package org.nianbao.audit.parse.table;

import java.util.List;
import java.util.Optional;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.template.RowSpec;

/**
 * A row label printed without its list number ("其他" for "3.其他", "本机关不掌握相关政府信息" for "1.本机关不掌握…"),
 * taken for the template row it names only where that row is due: one of the next rows after the last row read,
 * and with values printed right after it. Elsewhere such a word is a header ("其他" is also table 2's column).
 * The match is reported as a label deviation like any other variant.
 */
final class UnnumberedLabel {
    /** How far past the last row read the unnumbered row may stand (a row may be missing in between). */
    private static final int REACH = 2;

    private UnnumberedLabel() {
    }

    static Optional<LabelHit> match(List<RowSpec> specs, int lastIndex, String key, boolean valuesFollow) {
        if (!valuesFollow || key.isEmpty()) {
            return Optional.empty();
        }
        for (int k = lastIndex + 1; k <= lastIndex + REACH && k < specs.size(); k++) {
            String label = LabelKey.of(specs.get(k).label());
            String bare = withoutNumber(label);
            if (bare.length() < label.length() && bare.equals(key)) {
                return Optional.of(new LabelHit(k, LabelMatch.FUZZY, label.length() - bare.length(), List.of()));
            }
        }
        return Optional.empty();
    }

    /** The label key without its leading "3." / "(三)" / "三、" numbering. */
    static String withoutNumber(String key) {
        int i = 0;
        if (key.startsWith("(")) {
            int close = key.indexOf(')');
            return close > 0 && close <= 4 ? key.substring(close + 1) : key;
        }
        while (i < key.length() && (Character.isDigit(key.charAt(i)) || "一二三四五六七八九十".indexOf(key.charAt(i)) >= 0)) {
            i++;
        }
        if (i > 0 && i < key.length() && (key.charAt(i) == '.' || key.charAt(i) == '、')) {
            return key.substring(i + 1);
        }
        return key;
    }
}
