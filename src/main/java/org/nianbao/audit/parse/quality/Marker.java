package org.nianbao.audit.parse.quality;

/**
 * An ordinal marker found in a line: its kind and ordinal, where it stands in the printed line [start, end),
 * and whether it stands where a list item begins. A {@code strong} marker starts the line or follows white
 * space or punctuation ("。二是", "；（三）"); a weak one follows a character of running text ("措施一是",
 * "办理结果（一）"), as happens when crawling glues a heading to its paragraph, but also inside words (统一是).
 */
record Marker(MarkerKind kind, int ordinal, int start, int end, boolean strong) {
    /** The marker as printed in {@code text}. */
    String printed(String text) {
        return text.substring(start, end);
    }
}
