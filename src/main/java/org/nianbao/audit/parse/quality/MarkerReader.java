package org.nianbao.audit.parse.quality;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.parse.text.ChineseNumerals;

/**
 * Reads the ordinal markers of one printed line, left to right, in one pass: "一、", "（一）", "1." / "1、",
 * "（1）", "①", "一是", "第一，". What is no marker is skipped here: a decimal or a date ("1.5", "2021.12."),
 * "1、2月", a legal reference ("第二十条第（八）项", "（八）项", "第1."), an ordinal in a word ("统一是", "唯一是"),
 * a rank ("全省第一，") or a phrase ("一是一，二是二", "一是否"). Full-width and half-width forms read alike.
 */
final class MarkerReader {
    private static final int MAX_ORDINAL = 20;
    /** Characters that end a word in 一 (统一, 唯一, 之一…): "统一是" is no "一是". */
    private static final String WORDS_ENDING_IN_ONE = "统唯之万同单专逐第不划归合其如初独择任惟整均某每另中";
    /** After these a number is part of a number, a date, a time or an address, not an item. */
    private static final String NUMBER_CONTEXT = "./-:%_";

    List<Marker> read(String text) {
        return read(text.toCharArray(), text.length());
    }

    /** The markers of the line held in {@code c[0, n)} (a buffer reused from line to line). */
    List<Marker> read(char[] c, int n) {
        List<Marker> markers = null;
        for (int i = 0; i < n; i++) {
            Marker m = switch (kindOfStart(c[i])) {
                case '(' -> paren(c, n, i);
                case '①' -> new Marker(MarkerKind.CIRCLED, c[i] - '\u2460' + 1, i, i + 1, strong(c, i));
                case '第' -> di(c, n, i);
                case '一' -> i == 0 || !MarkerKind.isOrdinalNumeral(c[i - 1]) ? chinese(c, n, i) : null;
                case '1' -> i == 0 || !isDigit(fold(c[i - 1])) ? arabic(c, n, i) : null;
                default -> null;
            };
            if (m != null) {
                if (markers == null) {
                    markers = new ArrayList<>(4);
                }
                markers.add(m);
                i = m.end() - 1;
            }
        }
        return markers == null ? List.of() : markers;
    }

    /**
     * What a marker beginning with a printed character would be: '(' a bracket, '①' a circled number, '第', '一' a
     * Chinese numeral, '1' a digit, 0 nothing. One table lookup per character: almost all of running text is 0.
     */
    private static final char[] START = new char[Character.MAX_VALUE + 1];

    static {
        START['('] = '(';
        START['\uff08'] = '(';
        for (char c = '1'; c <= '9'; c++) {
            START[c] = '1';
            START[c - '0' + '\uff10'] = '1';
        }
        for (char c = '\u2460'; c <= '\u2473'; c++) {
            START[c] = '①';
        }
        for (char c : "一二三四五六七八九十".toCharArray()) {
            START[c] = '一';
        }
        START['第'] = '第';
    }

    private static char kindOfStart(char c) {
        return START[c];
    }

    /** （一） or （1）; none after 第 ("第二十条第（八）项") nor before 项 ("（八）项…" parted from its 第 by a line break). */
    private static Marker paren(char[] c, int n, int at) {
        int from = at + 1;
        boolean chinese = from < n && MarkerKind.isOrdinalNumeral(c[from]);
        int end = from;
        while (end < n && end - from < 3 && (chinese ? MarkerKind.isOrdinalNumeral(c[end]) : isDigit(fold(c[end])))) {
            end++;
        }
        if (end == from || end >= n || fold(c[end]) != ')') {
            return null;
        }
        int ordinal = chinese ? chineseValue(c, from, end) : arabicValue(c, from, end);
        if (ordinal <= 0 || previous(c, at) == '第' || isItemReference(c, n, end + 1)) {
            return null;
        }
        return new Marker(chinese ? MarkerKind.PAREN_CHINESE : MarkerKind.PAREN_ARABIC, ordinal, at, end + 1, strong(c, at));
    }

    /** "（一）项目…" is an item; "（八）项信息内容" is a reference. */
    private static boolean isItemReference(char[] c, int n, int after) {
        return after < n && c[after] == '项' && (after + 1 >= n || c[after + 1] != '目');
    }

    /** 第一， 第二： — only as an item's start; 第一时间, 第一季度 and a rank after a word are no items. */
    private static Marker di(char[] c, int n, int at) {
        int end = numeralEnd(c, n, at + 1);
        if (end == at + 1 || end >= n) {
            return null;
        }
        char separator = fold(c[end]);
        if (separator != ',' && separator != ':') {
            return null;
        }
        int ordinal = chineseValue(c, at + 1, end);
        return ordinal > 0 && strong(c, at) ? new Marker(MarkerKind.DI, ordinal, at, end, true) : null;
    }

    /** 一、 (a part's numbering, read only where it starts an item) or 一是. */
    private static Marker chinese(char[] c, int n, int at) {
        int end = numeralEnd(c, n, at);
        if (end >= n || (c[end] != '、' && c[end] != '是')) {
            return null; // the common case: a numeral in running text (进一步, 十分)
        }
        int ordinal = chineseValue(c, at, end);
        if (ordinal <= 0) {
            return null;
        }
        boolean strong = strong(c, at);
        if (c[end] == '、') {
            return strong ? new Marker(MarkerKind.SECTION, ordinal, at, end + 1, true) : null;
        }
        if (end + 1 < n && (MarkerKind.isOrdinalNumeral(c[end + 1]) || c[end + 1] == '否')) {
            return null; // 一是一，二是二; 一是否
        }
        if (!strong && ordinal == 1 && WORDS_ENDING_IN_ONE.indexOf(previous(c, at)) >= 0) {
            return null;
        }
        return new Marker(MarkerKind.SHI, ordinal, at, end + 1, strong);
    }

    /** 1. or 1、 followed by text, not by a digit (1.5, 1、2月) nor inside a number, date or address. */
    private static Marker arabic(char[] c, int n, int at) {
        int end = at;
        while (end < n && end - at <= 2 && isDigit(fold(c[end]))) {
            end++;
        }
        if (end - at > 2 || end >= n) {
            return null;
        }
        char separator = fold(c[end]);
        if (separator != '.' && separator != '、') {
            return null;
        }
        int next = end + 1;
        while (next < n && fold(c[next]) == FoldedText.SPACE) {
            next++;
        }
        if (next >= n || isDigit(fold(c[next]))) {
            return null;
        }
        char before = previous(c, at);
        if (before == '第' || NUMBER_CONTEXT.indexOf(before) >= 0 || isLatin(before)) {
            return null;
        }
        int ordinal = arabicValue(c, at, end);
        return ordinal > 0 ? new Marker(MarkerKind.ARABIC, ordinal, at, end + 1, strong(c, at)) : null;
    }

    /**
     * True when the marker at {@code at} stands where an item begins: at the line start, after white space or
     * after punctuation; false after running text (an ideograph, a digit, a letter).
     */
    private static boolean strong(char[] c, int at) {
        if (at == 0) {
            return true;
        }
        char before = fold(c[at - 1]);
        return before == FoldedText.SPACE || !(FoldedText.isIdeograph(before) || isDigit(before) || isLatin(before));
    }

    /** The folded character before {@code at}, 0 at the line start. */
    private static char previous(char[] c, int at) {
        return at == 0 ? 0 : fold(c[at - 1]);
    }

    private static int numeralEnd(char[] c, int n, int from) {
        int end = from;
        while (end < n && end - from < 3 && MarkerKind.isOrdinalNumeral(c[end])) {
            end++;
        }
        return end;
    }

    private static int chineseValue(char[] c, int from, int to) {
        long v = ChineseNumerals.value(new String(c, from, to - from));
        return v > 0 && v <= MAX_ORDINAL ? (int) v : -1;
    }

    private static int arabicValue(char[] c, int from, int to) {
        if (fold(c[from]) == '0') {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (fold(c[i]) - '0');
        }
        return v <= MAX_ORDINAL ? v : -1;
    }

    private static char fold(char c) {
        return FoldedText.fold(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
