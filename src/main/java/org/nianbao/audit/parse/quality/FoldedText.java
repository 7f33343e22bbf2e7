package org.nianbao.audit.parse.quality;

import org.nianbao.audit.parse.text.Normalizer;

/**
 * Character-level view of a printed line as the matchers see it, read in place (no folded copy of a line that
 * may hold a whole crawled report): full-width forms folded to ASCII ("（一）" reads "(一)", "１．" reads "1."),
 * white space read as {@link #SPACE} and quotes as {@link #QUOTE}; anything else as printed.
 */
final class FoldedText {
    static final char SPACE = ' ';
    static final char QUOTE = '"';

    private FoldedText() {
    }

    /** The folded form of {@code text.charAt(i)}. */
    static char at(String text, int i) {
        return fold(text.charAt(i));
    }

    /** The folded form of one printed character. */
    static char fold(char c) {
        int simple = Normalizer.compactChar(c);
        if (simple == Normalizer.NOT_SIMPLE) {
            return c;
        }
        if (simple == Normalizer.DROPPED) {
            return Normalizer.isSpace(c) ? SPACE : QUOTE;
        }
        return (char) simple;
    }

    /** CJK unified ideographs (basic block and extension A): the characters words are made of here. */
    static boolean isIdeograph(char c) {
        return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
    }

    /** True when {@code text} from {@code from} on, spaces and quotes skipped, begins with {@code prefix} (compact). */
    static boolean startsWith(String text, int from, String prefix) {
        int k = 0;
        for (int i = from; i < text.length() && k < prefix.length(); i++) {
            char c = at(text, i);
            if (c == SPACE || c == QUOTE) {
                continue;
            }
            if (c != prefix.charAt(k)) {
                return false;
            }
            k++;
        }
        return k == prefix.length();
    }

    /** The printed text around [start, end): {@code context} characters either side, within the line, trimmed. */
    static String around(String text, int start, int end, int context) {
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).strip();
    }
}
