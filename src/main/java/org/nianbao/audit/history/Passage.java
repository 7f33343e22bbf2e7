package org.nianbao.audit.history;

/**
 * A stretch of text found in two reports: as printed in this one (with its line) and in the other.
 *
 * @param length the passage's length in the matching view (characters that are letters or ideographs)
 */
public record Passage(String text, int line, String otherText, int otherLine, int length) {
}
