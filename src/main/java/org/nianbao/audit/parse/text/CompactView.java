package org.nianbao.audit.parse.text;

import java.util.Arrays;

/**
 * The compact matching view of one original string, remembering for every compact character the
 * index of the original character it came from, so that a match can be quoted as printed.
 * Per-character NFKC: enough for width, brackets and digits, which is what the matchers rely on.
 */
public final class CompactView {
    private final String original;
    private final String compact;
    private final int[] origin;

    private CompactView(String original, String compact, int[] origin) {
        this.original = original;
        this.compact = compact;
        this.origin = origin;
    }

    public static CompactView of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        // nearly every character maps to one or none: grown on the rare one that maps to several
        int[] origin = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            int simple = width == 1 ? Normalizer.compactChar((char) cp) : Normalizer.NOT_SIMPLE;
            if (simple != Normalizer.NOT_SIMPLE) {
                // nearly every character: mapped without a substring and a normaliser call of its own
                if (simple != Normalizer.DROPPED) {
                    if (n == origin.length) {
                        origin = Arrays.copyOf(origin, origin.length * 2);
                    }
                    out.append((char) simple);
                    origin[n++] = i;
                }
                i += width;
                continue;
            }
            String piece = Normalizer.compact(original.substring(i, i + width));
            for (int k = 0; k < piece.length(); k++) {
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                out.append(piece.charAt(k));
                origin[n++] = i;
            }
            i += width;
        }
        return new CompactView(original, out.toString(), Arrays.copyOf(origin, n));
    }

    public String compact() {
        return compact;
    }

    /** Index in the original string of the character that compact character {@code compactIndex} came from. */
    public int originalIndex(int compactIndex) {
        return origin[compactIndex];
    }

    /** End (exclusive) in the original string of compact characters [.., {@code compactEnd}); 0 for an empty prefix. */
    public int originalEnd(int compactEnd) {
        if (compactEnd <= 0) {
            return 0;
        }
        int last = origin[compactEnd - 1];
        return last + Character.charCount(original.codePointAt(last));
    }

    /** The original text behind compact characters [from, to), trimmed, as printed. */
    public String original(int from, int to) {
        if (from >= to || from < 0 || to > compact.length()) {
            return "";
        }
        int start = origin[from];
        int last = origin[to - 1];
        int end = last + Character.charCount(original.codePointAt(last));
        return original.substring(start, end).strip();
    }
}
