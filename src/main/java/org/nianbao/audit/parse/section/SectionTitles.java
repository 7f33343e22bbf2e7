package org.nianbao.audit.parse.section;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.audit.model.template.SectionSpec;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * The six template sections' titles and variants (rules/template/sections.tsv; spec §a.2, §e, §i), matched
 * on the compact view. Numbered headings accept, beyond the listed titles, the tolerant keyword forms
 * below; an unnumbered line must equal a listed title.
 */
public final class SectionTitles {
    /** Longest compact title a heading can carry; longer lines are body text. */
    static final int MAX_TITLE = 32;

    private static final String[] LEADING = {"政府信息公开工作", "政务公开工作", "本机关", "本年度", "本年"};

    /**
     * Each compact title and variant with its part (1–6); a form listed under two parts belongs to the
     * first. One lookup per line asked: every short line of a report is.
     */
    private final Map<String, Integer> exact;

    public SectionTitles(List<SectionSpec> sections) {
        Map<String, Integer> parts = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionSpec s = sections.get(i);
            parts.putIfAbsent(Normalizer.compact(s.title()), i + 1);
            for (String v : s.variants()) {
                parts.putIfAbsent(Normalizer.compact(v), i + 1);
            }
        }
        this.exact = parts; // never changed after construction: safe to share between threads
    }

    /** Every listed title and variant of the six sections, compact. */
    public Set<String> exactTitles() {
        return Set.copyOf(exact.keySet());
    }

    /** Section 1–6 a numbered heading's title names, 0 when none. */
    public int numbered(String compactTitle) {
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
    public int unnumbered(String compactLine) {
        return exact(core(compactLine));
    }

    private int exact(String core) {
        Integer part = exact.get(core);
        return part == null ? 0 : part;
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
