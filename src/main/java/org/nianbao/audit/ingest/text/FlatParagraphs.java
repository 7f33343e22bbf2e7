package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Cuts the running text of a flattened body (what lies between headings and tables) into blocks: a sub-head
 * "（一）…" starts a new block, and so does every sentence, cut after 。！？ only outside brackets and book
 * titles, where a cut cannot split a name or a quoted document. A "（N）" counts as a sub-head when it follows
 * the end of a sentence or clause, begins the text, or carries the next number of the section's sub-heads;
 * never after 第 ("第（一）项"). One instance per body: it follows the sub-head numbering through a section.
 */
final class FlatParagraphs {
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String BEFORE_SUB_HEAD = "。;；:：!?！？";

    /** A sub-head title longer than this is a sentence. */
    private static final int MAX_SUB_HEAD = 24;
    private static final String HEAD_STOPS = "。,;:!?，；：！？";

    private int lastOrdinal;

    /** A new section starts: its sub-heads count from （一） again. */
    void newSection() {
        lastOrdinal = 0;
    }

    /**
     * Compact ranges {start, end} of the blocks of [from, to), in order. {@code spaceBefore} tells where the
     * printed text has white space before a compact character: a short sub-head followed by a space ("（一）主动公开
     * 2023年，…") is a heading of its own, as on a page.
     */
    List<int[]> cut(String c, int from, int to, IntPredicate spaceBefore) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int depth = 0;
        int headEnd = -1;
        for (int i = from; i < to; i++) {
            char ch = c.charAt(i);
            int ordinal = ch == '(' ? subHead(c, i, from, to) : 0;
            if (ordinal > 0) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = i;
                depth = 0;
                lastOrdinal = ordinal;
                headEnd = headEnd(c, i, to, spaceBefore);
            } else if (i == headEnd) {
                out.add(new int[] {start, i});
                start = i;
            }
            switch (ch) {
                case '(', '《', '【', '[', '〔' -> depth++;
                case ')', '》', '】', ']', '〕' -> depth = Math.max(0, depth - 1);
                case '。', '!', '?', '！', '？' -> {
                    if (depth == 0) {
                        out.add(new int[] {start, i + 1});
                        start = i + 1;
                    }
                }
                default -> {
                    // any other character goes on with the sentence
                }
            }
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
        return out;
    }

    /** Where a short sub-head title ends at white space before any punctuation, or -1. */
    private static int headEnd(String c, int at, int to, IntPredicate spaceBefore) {
        int close = c.indexOf(')', at);
        for (int j = close + 2; j < to && j - at <= MAX_SUB_HEAD; j++) {
            if (HEAD_STOPS.indexOf(c.charAt(j)) >= 0) {
                return -1;
            }
            if (spaceBefore.test(j)) {
                return j;
            }
        }
        return -1;
    }

    /** The ordinal of a sub-head "(N)" starting at {@code i}, or 0. */
    private int subHead(String c, int i, int from, int to) {
        if (c.charAt(i) != '(' || i + 2 >= to) {
            return 0;
        }
        int close = i + 1;
        while (close < to && close - i <= 3 && NUMERALS.indexOf(c.charAt(close)) >= 0) {
            close++;
        }
        if (close == i + 1 || close >= to || c.charAt(close) != ')' || close + 1 >= to) {
            return 0;
        }
        int ordinal = ordinal(c.substring(i + 1, close));
        boolean afterBreak = i == from || BEFORE_SUB_HEAD.indexOf(c.charAt(i - 1)) >= 0;
        boolean next = ordinal == lastOrdinal + 1;
        boolean statute = i > 0 && c.charAt(i - 1) == '第';
        return !statute && ordinal > 0 && (afterBreak || next) ? ordinal : 0;
    }

    private static int ordinal(String numerals) {
        if (numerals.length() == 1) {
            return NUMERALS.indexOf(numerals.charAt(0)) + 1;
        }
        if (numerals.length() == 2 && numerals.charAt(0) == '十') {
            return 10 + NUMERALS.indexOf(numerals.charAt(1)) + 1;
        }
        return 0;
    }
}
