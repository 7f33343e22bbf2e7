package org.nianbao.audit.model;

/**
 * One step of a prose enumeration (一是/二是, 第一/第二, 1./2., （一）/（二）, （1）, ①) whose ordinal is neither
 * the next one nor a fresh start at 1 after a list of two or more: "三是…三是", "（二）…（五）". Lists are
 * followed per kind and nesting level; section headings end every list, a new paragraph ends the inline
 * kinds (一是, 第一). Table rows and the six parts' own numbering are not enumerations of prose.
 */
public final class EnumerationBreak implements Quotable {
    private final EnumerationFault fault;
    private final String kind;
    private final String previousMarker;
    private final int previous;
    private final int previousLine;
    private final String marker;
    private final int ordinal;
    private final String missing;
    private final int line;
    private final int section;
    private final String quote;

    /**
     * @param kind           the kind of list as the template of its first item, e.g. "一是", "（一）", "1."
     * @param previousMarker the marker before, as printed, e.g. "（二）"
     * @param marker         this marker as printed, e.g. "（五）"
     * @param missing        for {@link EnumerationFault#SKIPPED}, the markers left out in the list's own style
     *                       ("（三）（四）"); empty otherwise
     * @param quote          the printed text around this marker, within the line
     */
    public EnumerationBreak(EnumerationFault fault, String kind, String previousMarker, int previous, int previousLine,
                            String marker, int ordinal, String missing, int line, int section, String quote) {
        this.fault = fault;
        this.kind = kind;
        this.previousMarker = previousMarker;
        this.previous = previous;
        this.previousLine = previousLine;
        this.marker = marker;
        this.ordinal = ordinal;
        this.missing = missing;
        this.line = line;
        this.section = section;
        this.quote = quote;
    }

    public EnumerationFault getFault() { return fault; }
    public String getKind() { return kind; }
    public String getPreviousMarker() { return previousMarker; }
    /** The ordinal before: 2 for （二）. */
    public int getPrevious() { return previous; }
    public int getPreviousLine() { return previousLine; }
    public String getMarker() { return marker; }
    /** This marker's ordinal: 5 for （五）. */
    public int getOrdinal() { return ordinal; }
    public String getMissing() { return missing; }
    /** Section of the line: 0 = preface. */
    public int getSection() { return section; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return quote; }
}
