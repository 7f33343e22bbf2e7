package org.nianbao.audit.parse.quality;

/**
 * The kinds of ordinal markers prose enumerates with, each its own list. {@link #SECTION} ("三、") is the
 * six parts' own numbering and only ends the lists before it.
 */
enum MarkerKind {
    /** 一、 — the parts' (and table 2's top rows') numbering. */
    SECTION("一、", false),
    /** （一） */
    PAREN_CHINESE("（一）", false),
    /** 1. or 1、 */
    ARABIC("1.", false),
    /** （1） */
    PAREN_ARABIC("（1）", false),
    /** ① */
    CIRCLED("①", false),
    /** 一是 — inline in a paragraph. */
    SHI("一是", true),
    /** 第一， — inline in a paragraph. */
    DI("第一", true);

    private static final String CHINESE_DIGITS = "一二三四五六七八九";

    private final String pattern;
    private final boolean inline;

    MarkerKind(String pattern, boolean inline) {
        this.pattern = pattern;
        this.inline = inline;
    }

    /** The kind written with its first ordinal, e.g. "一是". */
    String pattern() {
        return pattern;
    }

    /** Inline kinds run within a paragraph: a new paragraph may start them afresh. */
    boolean inline() {
        return inline;
    }

    /** The marker for {@code ordinal} in this kind's style: 3 → "（三）", "三是", "第三", "3.", "（3）", "③". */
    String marker(int ordinal) {
        return switch (this) {
            case SECTION -> chinese(ordinal) + "、";
            case PAREN_CHINESE -> "（" + chinese(ordinal) + "）";
            case ARABIC -> ordinal + ".";
            case PAREN_ARABIC -> "（" + ordinal + "）";
            case CIRCLED -> ordinal >= 1 && ordinal <= 20 ? String.valueOf((char) (0x2460 + ordinal - 1)) : "（" + ordinal + "）";
            case SHI -> chinese(ordinal) + "是";
            case DI -> "第" + chinese(ordinal);
        };
    }

    /** The markers from {@code from} to {@code to} inclusive, as a reader would name them: "（三）（四）", "三是、四是". */
    String markers(int from, int to) {
        if (to < from) {
            return "";
        }
        if (to - from >= 4) {
            return marker(from) + "至" + marker(to);
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            boolean bracketed = this == PAREN_CHINESE || this == PAREN_ARABIC || this == CIRCLED;
            if (i > from && !bracketed) {
                out.append('、');
            }
            // "3、4" rather than "3.、4.": the list names the numbers, the marker style is quoted beside it
            out.append(this == ARABIC ? String.valueOf(i) : marker(i));
        }
        return out.toString();
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (ordinals stay small). */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(CHINESE_DIGITS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : CHINESE_DIGITS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + CHINESE_DIGITS.charAt(n % 10 - 1);
    }

    /** Whether {@code c} can be part of a small Chinese ordinal (一…十). */
    static boolean isOrdinalNumeral(char c) {
        switch (c) {
            case '一': case '二': case '三': case '四': case '五': case '六': case '七': case '八': case '九': case '十':
                return true;
            default:
                return false;
        }
    }
}
