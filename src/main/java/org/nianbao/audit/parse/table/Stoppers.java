package org.nianbao.audit.parse.table;

/**
 * Tokens that end a table wherever they appear: a section heading ("五、存在的主要问题…", "3、收到和处理…"),
 * a table caption ("表2 …", "表二：…") or a narrative paragraph. Checked only after a token failed to
 * match a row label, so row labels such as "一、本年新收…" never stop a table.
 */
final class Stoppers {
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final int NARRATIVE_LENGTH = 40;
    private static final int MIN_HEADING_LENGTH = 6;

    private Stoppers() {
    }

    static boolean isStopper(Token t) {
        String k = t.key();
        if (k.length() > NARRATIVE_LENGTH) {
            return true;
        }
        if (k.length() >= 2 && k.charAt(0) == '表' && (Character.isDigit(k.charAt(1)) || NUMERALS.indexOf(k.charAt(1)) >= 0)) {
            return true;
        }
        return k.length() >= MIN_HEADING_LENGTH && isNumbered(k);
    }

    /** "三、…" or "3.…" (LabelKey has unified "3、" to "3."). */
    private static boolean isNumbered(String k) {
        int i = 0;
        while (i < k.length() && NUMERALS.indexOf(k.charAt(i)) >= 0) {
            i++;
        }
        if (i > 0) {
            return i < k.length() && k.charAt(i) == '、';
        }
        while (i < k.length() && Character.isDigit(k.charAt(i))) {
            i++;
        }
        return i > 0 && i < k.length() && k.charAt(i) == '.';
    }
}
