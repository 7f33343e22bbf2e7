package org.nianbao.audit.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The offending words inside a finding's quote. Rule messages quote the words they object to in 「」
 * (「${terms}」, 「${found}」, see rules/README.md); every such word, or each 、-separated part of it, that
 * stands literally in the quote and is shorter than the whole quote is highlighted. A quote that is itself
 * the offending text (「${quote}」) is not highlighted: it is all of it.
 */
public final class Highlights {
    private Highlights() {
    }

    /** The words to highlight in {@code evidence}, longest first (so a longer word wins an overlap). */
    public static List<String> of(String message, String evidence) {
        if (message == null || evidence == null || evidence.isEmpty()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        int from = 0;
        while (true) {
            int open = message.indexOf('「', from);
            int close = open < 0 ? -1 : message.indexOf('」', open + 1);
            if (close < 0) {
                break;
            }
            String quoted = message.substring(open + 1, close);
            for (String part : quoted.split("、")) {
                String w = part.strip();
                if (!w.isEmpty() && w.length() < evidence.length() && evidence.contains(w)) {
                    words.add(w);
                }
            }
            from = close + 1;
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    /**
     * The quote with every highlighted word wrapped by {@code open}/{@code close}; both the words and the text
     * between them go through {@code escape} first (HTML or Markdown escaping).
     */
    public static String mark(String evidence, List<String> words, UnaryOperator<String> escape, String open, String close) {
        boolean[] marked = new boolean[evidence.length()];
        for (String w : words) {
            for (int at = evidence.indexOf(w); at >= 0; at = evidence.indexOf(w, at + w.length())) {
                for (int i = at; i < at + w.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(evidence.length() + 32);
        int i = 0;
        while (i < evidence.length()) {
            int j = i;
            while (j < evidence.length() && marked[j] == marked[i]) {
                j++;
            }
            String piece = escape.apply(evidence.substring(i, j));
            out.append(marked[i] ? open + piece + close : piece);
            i = j;
        }
        return out.toString();
    }
}
