package org.nianbao.audit.model;

/** One line of the original document with its normalised matching view. */
public final class TextLine implements Quotable {
    private final int number;
    private final String text;
    private final String normalized;
    private final int section;

    public TextLine(int number, String text, String normalized, int section) {
        this.number = number;
        this.text = text;
        this.normalized = normalized;
        this.section = section;
    }

    /** 1-based line number in the original document. */
    public int getNumber() { return number; }
    /** The line exactly as decoded (no BOM, no line terminator). */
    public String getText() { return text; }
    /** NFKC, whitespace removed, brackets and quotes unified: for matching only. */
    public String getNormalized() { return normalized; }
    /** Section the line belongs to: 0 = preface/title, 1–6 = sections. */
    public int getSection() { return section; }
    @Override public int getLine() { return number; }
    @Override public String getQuote() { return text.strip(); }
}
