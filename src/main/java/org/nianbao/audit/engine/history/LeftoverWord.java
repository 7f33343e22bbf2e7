package org.nianbao.audit.engine.history;

import org.nianbao.audit.model.Quotable;

/**
 * A word in this report that belongs to the report it resembles ({@link SimilarReport}), not to this agency:
 * the other agency's name or place ({@code kind} "AGENCY_NAME"), or a self-reference of another level of
 * division ({@code kind} "SELF_REFERENCE": "我县" in a 区's report) that the other report also prints.
 */
public final class LeftoverWord implements Quotable {
    private final String word;
    private final String kind;
    private final String fromAgency;
    private final int line;
    private final String quote;

    public LeftoverWord(String word, String kind, String fromAgency, int line, String quote) {
        this.word = word;
        this.kind = kind;
        this.fromAgency = fromAgency;
        this.line = line;
        this.quote = quote;
    }

    public String getWord() { return word; }
    public String getKind() { return kind; }
    /** The agency of the similar report the word comes from. */
    public String getFromAgency() { return fromAgency; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return quote; }
}
