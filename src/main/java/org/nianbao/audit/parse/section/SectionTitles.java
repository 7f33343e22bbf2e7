package org.nianbao.audit.parse.section;

import java.util.List;
import java.util.Set;

/**
 * The six template sections' title variants (spec §a.2, §e, §i), matched on the compact view.
 * Numbered headings accept the tolerant variants; an unnumbered line must equal a listed title.
 */
public final class SectionTitles {
    /** Longest compact title a heading can carry; longer lines are body text. */
    static final int MAX_TITLE = 32;

    private static final List<Set<String>> EXACT = List.of(
            Set.of("总体情况", "总体工作情况", "政务公开总体工作情况", "政府信息公开总体情况"),
            Set.of("主动公开政府信息情况", "主动公开政务信息情况", "主动公开政府信息的情况", "主动公开政府信息工作情况"),
            Set.of("收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请的情况", "收到和处理政府信息公开申请情况统计表"),
            Set.of("政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议和行政诉讼情况", "政府信息公开行政复议行政诉讼情况",
                    "因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
            Set.of("存在的主要问题及改进情况", "存在问题及改进情况", "存在的问题和改进措施", "存在的主要问题及整改措施",
                    "存在问题及改进方向", "存在问题及改进思路", "存在的主要问题和改进情况"),
            Set.of("其他需要报告的事项", "其他需要报告事项", "其他需报告的事项"));

    private static final String[] LEADING = {"政府信息公开工作", "政务公开工作", "本机关", "本年度", "本年"};

    private SectionTitles() {
    }

    /** Every listed title and variant of the six sections. */
    public static Set<String> exactTitles() {
        Set<String> all = new java.util.HashSet<>();
        EXACT.forEach(all::addAll);
        return Set.copyOf(all);
    }

    /** Section 1–6 a numbered heading's title names, 0 when none. */
    public static int numbered(String compactTitle) {
        String t = core(compactTitle);
        if (t.isEmpty() || t.length() > MAX_TITLE || t.startsWith("表")) {
            return 0;
        }
        int exact = exact(t);
        if (exact > 0) {
            return exact;
        }
        if (t.startsWith("收到和处理") && t.contains("申请")) {
            return 3;
        }
        if (t.contains("复议") && t.contains("诉讼") && t.endsWith("情况")) {
            return 4;
        }
        // "存在的主要问题及明年工作计划": the plan for next year is the improvement half under another name
        if (t.startsWith("存在") && t.contains("问题") && (t.contains("改进") || t.contains("整改") || t.endsWith("计划"))) {
            return 5;
        }
        if (t.startsWith("其他") && t.contains("报告") && t.endsWith("事项")) {
            return 6;
        }
        return 0;
    }

    /** Section an unnumbered line names by a listed title only, 0 when none. */
    public static int unnumbered(String compactLine) {
        return exact(core(compactLine));
    }

    private static int exact(String core) {
        for (int i = 0; i < EXACT.size(); i++) {
            if (EXACT.get(i).contains(core)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Title without trailing punctuation, a leading report year ("2023年度") and the usual prefixes. */
    static String core(String compactTitle) {
        String t = compactTitle;
        int end = t.length();
        while (end > 0 && ".。:：;；,，、".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        t = t.substring(0, end);
        t = stripYear(t);
        for (String prefix : LEADING) {
            if (t.startsWith(prefix) && t.length() > prefix.length() + 1) {
                t = t.substring(prefix.length());
            }
        }
        return t;
    }

    private static String stripYear(String t) {
        if (t.length() > 5 && isDigits(t, 0, 4) && t.charAt(4) == '年') {
            return t.startsWith("度", 5) ? t.substring(6) : t.substring(5);
        }
        return t;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
