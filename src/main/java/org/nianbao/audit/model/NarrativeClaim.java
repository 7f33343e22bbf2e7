package org.nianbao.audit.model;

/** A checkable statement found in the narrative, with the number it states (null when none). */
public final class NarrativeClaim implements Quotable {
    private final ClaimKind kind;
    private final Integer value;
    private final int section;
    private final int line;
    private final String evidence;

    public NarrativeClaim(ClaimKind kind, Integer value, int section, int line, String evidence) {
        this.kind = kind;
        this.value = value;
        this.section = section;
        this.line = line;
        this.evidence = evidence;
    }

    public ClaimKind getKind() { return kind; }
    /** The number stated (digits or Chinese numerals already read), null when the claim has none. */
    public Integer getValue() { return value; }
    public boolean hasValue() { return value != null; }
    /** Section the sentence stands in: 0 = preface. */
    public int getSection() { return section; }
    @Override public int getLine() { return line; }
    /** The sentence as printed. */
    @Override public String getQuote() { return evidence; }
}
