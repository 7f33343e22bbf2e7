package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the six section headings inside one long line of compact text ("…12月31日止。一、总体情况2025年，…二、主动
 * 公开政府信息情况第二十条…"): a numbering whose value is the section's own number ("一、", "(一)" and "1、"
 * styles; a Chinese "N、" numbering is also taken for another section, as reports misnumber) directly followed
 * by one of the section's titles. Where the title ends is read from the template's titles: the longest exact
 * title or variant, else, after a Chinese "N、" only, the first break (a digit, a bracket, punctuation or a
 * table's first word) before which a tolerated variant stands. A table row ("一、本年新收…") or a sub-head naming no section never matches.
 */
final class InlineHeadings {
    /** A heading: compact indices of its numbering start and title end, and the section it names. */
    record Found(int start, int end, int section) {
    }

    private static final int MAX_TITLE = 32;
    private static final String CHINESE = "一二三四五六";
    private static final String SEPARATORS = "、.,，:：";
    /** Words that begin what follows a heading in a flattened body: a table's first cell. */
    private static final String[] FOLLOWERS = {"第二十条", "信息内容", "申请人情况", "本列数据", "行政复议", "行政诉讼"};
    private static final String FOLLOWER_STARTS = firstChars(FOLLOWERS);
    private static final String BREAKS = "0123456789(（。，,；;：:！!？?《“\"";

    private final TemplateVocabulary vocabulary;
    /** Last characters of the exact titles: an exact title is only looked up where one could end. */
    private final String endings;

    InlineHeadings(TemplateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        StringBuilder ends = new StringBuilder();
        for (String title : vocabulary.sectionTitles()) {
            char last = title.charAt(title.length() - 1);
            if (ends.indexOf(String.valueOf(last)) < 0) {
                ends.append(last);
            }
        }
        this.endings = ends.toString();
    }

    /** Every heading in {@code c}, in order, none overlapping. */
    List<Found> find(String c) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < c.length()) {
            Found f = at(c, i);
            if (f != null) {
                out.add(f);
                i = f.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** A heading whose numbering starts at {@code i}, or null. */
    Found at(String c, int i) {
        char ch = c.charAt(i);
        if (ch != '(' && (ch < '1' || ch > '6') && (ch < '一' || CHINESE.indexOf(ch) < 0)) {
            return null; // nearly every character: no numbering starts here
        }
        int value;
        int titleStart;
        boolean chineseStyle = false;
        if (CHINESE.indexOf(ch) >= 0 && i + 1 < c.length() && SEPARATORS.indexOf(c.charAt(i + 1)) >= 0
                && (i == 0 || !isNumeral(c.charAt(i - 1)))) {
            value = CHINESE.indexOf(ch) + 1;
            titleStart = i + 2;
            chineseStyle = c.charAt(i + 1) == '、';
        } else if (ch == '(' && i + 2 < c.length() && CHINESE.indexOf(c.charAt(i + 1)) >= 0 && c.charAt(i + 2) == ')'
                && (i == 0 || c.charAt(i - 1) != '第')) {
            value = CHINESE.indexOf(c.charAt(i + 1)) + 1;
            titleStart = i + 3;
        } else if (ch >= '1' && ch <= '6' && i + 1 < c.length() && (c.charAt(i + 1) == '、' || c.charAt(i + 1) == '.')
                && (i == 0 || !Character.isDigit(c.charAt(i - 1)))) {
            value = ch - '0';
            titleStart = i + 2;
        } else {
            return null;
        }
        // "（一）" and "1." number sub-heads and table rows far more often than sections: they name a section only
        // by an exact title (and only their own); "一、" headings may carry a known variant of the title
        int[] title = title(c, titleStart, chineseStyle);
        if (title == null || (title[1] != value && !chineseStyle)) {
            return null;
        }
        return new Found(i, title[0], title[1]);
    }

    /** {end, section} of the title starting at {@code from}, or null when no section title starts there. */
    private int[] title(String c, int from, boolean variantsToo) {
        int limit = Math.min(c.length(), from + MAX_TITLE);
        for (int end = limit; end > from + 1; end--) {
            if (endings.indexOf(c.charAt(end - 1)) < 0) {
                continue;
            }
            int section = vocabulary.sectionOfExactTitle(c.substring(from, end));
            if (section > 0) {
                return new int[] {end, section};
            }
        }
        if (!variantsToo) {
            return null;
        }
        for (int end = from + 2; end <= limit; end++) {
            if (end == c.length() || isBreak(c, end)) {
                int section = vocabulary.sectionOfTitle(c.substring(from, end));
                if (section > 0) {
                    return new int[] {end, section};
                }
            }
        }
        return null;
    }

    private static boolean isBreak(String c, int at) {
        char ch = c.charAt(at);
        if (BREAKS.indexOf(ch) >= 0) {
            return true;
        }
        if (FOLLOWER_STARTS.indexOf(ch) < 0) {
            return false; // no table's first word starts here
        }
        for (String f : FOLLOWERS) {
            if (c.startsWith(f, at)) {
                return true;
            }
        }
        return false;
    }

    private static String firstChars(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    private static boolean isNumeral(char ch) {
        return "一二三四五六七八九十".indexOf(ch) >= 0;
    }
}
