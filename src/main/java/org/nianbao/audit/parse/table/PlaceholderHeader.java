package org.nianbao.audit.parse.table;

/**
 * A column name a converter invents when a table has no header row of its own: "数据1", "列2", "字段3",
 * "Column4", "Unnamed: 5". It names nothing of the template and is never a cell; the real header text follows
 * as ordinary rows.
 */
final class PlaceholderHeader {
    private static final String[] STEMS = {"数据", "列", "字段", "column", "col", "unnamed:", "unnamed"};
    private static final String FIRST = "数列字cCuU";

    private PlaceholderHeader() {
    }

    static boolean is(Token t) {
        String k = t.key();
        if (t.empty() || k.length() < 2 || FIRST.indexOf(k.charAt(0)) < 0 || !Character.isDigit(k.charAt(k.length() - 1))) {
            return false; // asked of every label: rejected on its first character
        }
        String lower = k.toLowerCase(java.util.Locale.ROOT);
        for (String stem : STEMS) {
            if (lower.startsWith(stem) && digitsOnly(lower, stem.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitsOnly(String s, int from) {
        if (from >= s.length() || s.length() - from > 3) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
