package org.nianbao.audit.history;

/**
 * A stretch of text found in two reports: as printed in this one (with its line) and in the other.
 *
 * @param length the passage's length in the matching view (characters that are letters or ideographs)
 */
public record Passage(String text, int line, String otherText, int otherLine, int length) {
    /** Longest quote a message shows; the evidence keeps the whole passage. */
    public static final int BRIEF = 60;

    /** A quote for a message: on one line, cut at {@link #BRIEF} characters with "…". */
    public static String brief(String text) {
        String one = text.replaceAll("\\s*\\R\\s*", " ").strip();
        return one.length() <= BRIEF ? one : one.substring(0, BRIEF) + "…";
    }
}
