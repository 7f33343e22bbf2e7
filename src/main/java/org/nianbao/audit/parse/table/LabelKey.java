package org.nianbao.audit.parse.table;

import org.nianbao.audit.parse.text.Normalizer;

/**
 * The matching key of a printed table label (spec §h): the compact view (NFKC, no white space, no quotes,
 * half-width brackets) with trailing 。：: dropped and list markers unified ("1、" "1．" "1." → "1.").
 * Only for matching; evidence keeps the printed label.
 */
final class LabelKey {
    private LabelKey() {
    }

    static String of(String printed) {
        return fromCompact(Normalizer.compact(printed));
    }

    /** The key of text already in {@link Normalizer#compact} form. */
    static String fromCompact(String compact) {
        int end = compact.length() - unitNote(compact);
        while (end > 0 && isTrailingPunctuation(compact.charAt(end - 1))) {
            end--;
        }
        if (end == compact.length() && !hasLeadingMarker(compact)) {
            return compact; // the usual case: nothing to change, nothing to copy
        }
        StringBuilder key = new StringBuilder(end);
        int digits = 0;
        for (int i = 0; i < end; i++) {
            char c = compact.charAt(i);
            boolean leadingMarker = i == digits && digits > 0 && (c == '、' || c == '.' || c == '．');
            if (leadingMarker) {
                key.append('.');
                digits = -1;
                continue;
            }
            if (digits == i && c >= '0' && c <= '9') {
                digits++;
            }
            key.append(c);
        }
        return key.toString();
    }

    /**
     * Length of a unit printed after a label in brackets ("政府集中采购（元）", "行政事业性收费(万元)"): the unit of the
     * row's values, not part of its name. 0 when there is none.
     */
    private static int unitNote(String compact) {
        int n = compact.length();
        if (n < 4 || compact.charAt(n - 1) != ')') {
            return 0;
        }
        for (String unit : UNIT_NOTES) {
            int len = unit.length() + 2;
            if (n > len && compact.charAt(n - len) == '(' && compact.startsWith(unit, n - len + 1)) {
                return len;
            }
        }
        return 0;
    }

    private static final String[] UNIT_NOTES = {"万元", "元", "件", "个", "项", "条", "笔"};

    /**
     * Leading digits followed by 、 or ．: a list marker {@link #fromCompact} has to rewrite. "1." (the commonest, and
     * what NFKC makes of "1．") is already in the key's form: the compact text is then returned as it is.
     */
    private static boolean hasLeadingMarker(String compact) {
        int i = 0;
        while (i < compact.length() && compact.charAt(i) >= '0' && compact.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i == compact.length()) {
            return false;
        }
        char c = compact.charAt(i);
        return c == '、' || c == '．';
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '。' || c == '：' || c == ':' || c == '.';
    }
}
