package org.nianbao.audit.history;

import org.nianbao.audit.engine.lexicon.TextFold;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * A text with its matching view (letters and ideographs only, width-folded, as {@link Shingles} sees it)
 * and, for each view character, where it sits in the original: so a passage found in the views is quoted
 * from the original with its punctuation and figures.
 */
public final class TextView {
    private final String original;
    private final String view;
    private final int[] offsets;

    private TextView(String original, String view, int[] offsets) {
        this.original = original;
        this.view = view;
        this.offsets = offsets;
    }

    public static TextView of(String original) {
        String text = original == null ? "" : original;
        StringBuilder view = new StringBuilder(text.length());
        int[] offsets = new int[text.length()];
        TextFold fold = TextFold.standard();
        for (int i = 0; i < text.length(); i++) {
            char raw = text.charAt(i);
            int simple = Normalizer.compactChar(raw);
            if (simple == Normalizer.DROPPED) {
                continue;
            }
            if (simple != Normalizer.NOT_SIMPLE) {
                char c = fold.foldChar((char) simple);
                if (Character.isLetter(c)) {
                    offsets[view.length()] = i;
                    view.append(c);
                }
                continue;
            }
            String folded = fold.fold(String.valueOf(raw));
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (Character.isLetter(c)) {
                    offsets[view.length()] = i;
                    view.append(c);
                }
            }
        }
        return new TextView(text, view.toString(), java.util.Arrays.copyOf(offsets, view.length()));
    }

    public String original() {
        return original;
    }

    public String view() {
        return view;
    }

    /** The original text from view position {@code from} (inclusive) to {@code to} (exclusive), whole lines kept apart. */
    public String quote(int from, int to) {
        if (from >= to || from < 0 || to > offsets.length) {
            return "";
        }
        int begin = offsets[from];
        while (begin > 0 && "（(“‘《【〔\"".indexOf(original.charAt(begin - 1)) >= 0) {
            begin--; // an opening bracket or quote belongs to the passage it opens
        }
        return original.substring(begin, offsets[to - 1] + 1).strip();
    }

    /**
     * Where a passage from view position {@code from} to {@code to} should start to begin with a whole
     * sentence: just after the first sentence end (。！？ or a line break) in its first half, else {@code from}.
     */
    public int sentenceStart(int from, int to) {
        if (from <= 0 || from >= to) {
            return from;
        }
        int half = from + (to - from) / 2;
        for (int v = from; v < half; v++) {
            int prevEnd = offsets[v - 1];
            for (int i = prevEnd + 1; i < offsets[v]; i++) {
                if ("。！!？?\n".indexOf(original.charAt(i)) >= 0) {
                    return v;
                }
            }
            if (v == from && "。！!？?\n".indexOf(original.charAt(prevEnd)) >= 0) {
                return v;
            }
        }
        return from;
    }

    /** The line (1-based, of the original) on which view position {@code at} sits. */
    public int lineOf(int at) {
        int line = 1;
        int end = at < offsets.length ? offsets[at] : original.length();
        for (int i = 0; i < end; i++) {
            if (original.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
