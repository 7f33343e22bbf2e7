package org.nianbao.audit.model;

/** A citation of the national format document found in the text, e.g. "(国办公开办函﹝201960号)". */
public final class FormatCitation implements Quotable {
    private final FormatDocument document;
    private final boolean garbled;
    private final String raw;
    private final int line;

    public FormatCitation(FormatDocument document, boolean garbled, String raw, int line) {
        this.document = document;
        this.garbled = garbled;
        this.raw = raw;
        this.line = line;
    }

    public FormatDocument getDocument() { return document; }
    /** True when the citation is malformed: missing 〔〕, year and number run together, wrong brackets. */
    public boolean isGarbled() { return garbled; }
    public String getRaw() { return raw; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return raw; }
}
