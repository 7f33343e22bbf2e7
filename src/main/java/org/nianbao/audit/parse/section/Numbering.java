package org.nianbao.audit.parse.section;

import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.parse.text.ChineseNumerals;

/**
 * The numbering at the start of a compact line: "一、", "一.", "(一)", "3、", "3." — with an OCR
 * artefact (l, I, 1, |, 丨) tolerated before a Chinese numeral. {@code titleStart} is where the text
 * after the numbering begins in the compact line.
 */
record Numbering(NumberingStyle style, int value, int titleStart) {
    private static final String SEPARATORS = "、.,，:：";
    private static final String OCR_ARTEFACTS = "lI1|丨";

    private static final Numbering NONE = new Numbering(NumberingStyle.NONE, 0, 0);

    static Numbering none() {
        return NONE; // most lines asked have no numbering: one shared value
    }

    static Numbering parse(String c) {
        int i = 0;
        if (c.length() > 2 && OCR_ARTEFACTS.indexOf(c.charAt(0)) >= 0 && isChineseNumeral(c.charAt(1))) {
            i = 1;
        }
        if (i < c.length() && c.charAt(i) == '(') {
            int end = numeralRun(c, i + 1);
            if (end > i + 1 && end < c.length() && c.charAt(end) == ')') {
                return new Numbering(NumberingStyle.CHINESE_PAREN, (int) ChineseNumerals.value(c.substring(i + 1, end)),
                        skipSeparator(c, end + 1));
            }
            return none();
        }
        int end = numeralRun(c, i);
        if (end > i) {
            return new Numbering(NumberingStyle.CHINESE, (int) ChineseNumerals.value(c.substring(i, end)), skipSeparator(c, end));
        }
        int digits = i;
        while (digits < c.length() && digits - i < 2 && c.charAt(digits) >= '0' && c.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > i && digits < c.length() && (c.charAt(digits) == '、' || c.charAt(digits) == '.')) {
            return new Numbering(NumberingStyle.ARABIC, Integer.parseInt(c.substring(i, digits)), digits + 1);
        }
        return none();
    }

    /** End of a run of at most two Chinese numerals 一…十 (section and item numbers stay small). */
    private static int numeralRun(String c, int from) {
        int i = from;
        while (i < c.length() && i - from < 2 && isChineseNumeral(c.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isChineseNumeral(char ch) {
        return "一二三四五六七八九十".indexOf(ch) >= 0;
    }

    private static int skipSeparator(String c, int at) {
        return at < c.length() && SEPARATORS.indexOf(c.charAt(at)) >= 0 ? at + 1 : at;
    }
}
