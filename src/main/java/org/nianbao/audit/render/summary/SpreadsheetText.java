package org.nianbao.audit.render.summary;

/**
 * Report text on its way into a spreadsheet. Spreadsheet programs run a cell that begins with = + - @
 * (or a tab / CR that hides one) as a formula; contaminated pages carry "=HYPERLINK(…)". Such cells get
 * a leading apostrophe, the OWASP-recommended neutralisation.
 */
public final class SpreadsheetText {
    /** Excel's limit for one cell. */
    static final int MAX_CELL = 32_000;

    private SpreadsheetText() {
    }

    public static String neutralize(String s) {
        if (s == null || s.isEmpty()) {
            return s == null ? "" : s;
        }
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
        return risky ? "'" + s : s;
    }

    /** Characters XML 1.0 cannot carry become U+FFFD; over-long text is cut to what a cell holds. */
    public static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s;
        StringBuilder sb = null;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (bad && sb == null) {
                sb = new StringBuilder(cut.substring(0, i));
            }
            if (sb != null) {
                sb.append(bad ? '\uFFFD' : c);
            }
        }
        return sb == null ? cut : sb.toString();
    }
}
