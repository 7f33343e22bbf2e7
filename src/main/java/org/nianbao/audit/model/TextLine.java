package org.nianbao.audit.model;

/**
 * One line of the document's linear text with its normalised matching view. For a text file the lines
 * are the file's own; for other formats every paragraph, heading and table row is one line, and
 * {@link #getSpan()} says where it sits in the file (page, table row, paragraph).
 */
public final class TextLine implements Quotable {
    private final int number;
    private final String text;
    private final String normalized;
    private final int section;
    private final SourceSpan span;

    public TextLine(int number, String text, String normalized, int section) {
        this(number, text, normalized, section, SourceSpan.textLine(number, 0));
    }

    public TextLine(int number, String text, String normalized, int section, SourceSpan span) {
        this.number = number;
        this.text = text;
        this.normalized = normalized;
        this.section = section;
        this.span = span == null ? SourceSpan.NONE : span;
    }

    /** 1-based position in the document's linear text (the file's own line number for a text file). */
    public int getNumber() { return number; }
    /** Where the line sits in the submitted file. */
    public SourceSpan getSpan() { return span; }
    /** The line exactly as decoded (no BOM, no line terminator). */
    public String getText() { return text; }
    /** NFKC, whitespace removed, brackets and quotes unified: for matching only. */
    public String getNormalized() { return normalized; }
    /** Section the line belongs to: 0 = preface/title, 1–6 = sections. */
    public int getSection() { return section; }
    @Override public int getLine() { return number; }
    @Override public String getQuote() { return text.strip(); }
}
