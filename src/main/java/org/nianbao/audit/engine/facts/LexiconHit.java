package org.nianbao.audit.engine.facts;

import org.nianbao.audit.model.Quotable;

/**
 * A term of a lexicon under rules/lexicons/ found in a line of the report (matched on the normalised
 * view after width and Traditional→Simplified folding). The lexicon is the file name without ".txt".
 */
public final class LexiconHit implements Quotable {
    private final String lexicon;
    private final String term;
    private final int line;
    private final int section;
    private final String quote;
    private final String normalized;
    private final boolean firstOnLine;

    /**
     * @param quote      the line as printed
     * @param normalized the line's matching view, in which the term was found
     */
    public LexiconHit(String lexicon, String term, int line, int section, String quote, String normalized,
                      boolean firstOnLine) {
        this.lexicon = lexicon;
        this.term = term;
        this.line = line;
        this.section = section;
        this.quote = quote;
        this.normalized = normalized;
        this.firstOnLine = firstOnLine;
    }

    public String getLexicon() { return lexicon; }
    public String getTerm() { return term; }
    /** Section of the line: 0 = preface. */
    public int getSection() { return section; }
    @Override public int getLine() { return line; }
    /** The original line, as printed. */
    @Override public String getQuote() { return quote; }
    /** The line's matching view (as {@code TextLine.normalized}), for rules that look at the words around the term. */
    public String getNormalized() { return normalized; }
    /**
     * True for one hit of this lexicon per line (the first found): a rule that reports a line once starts
     * from it, instead of from every line of the report.
     */
    public boolean isFirstOnLine() { return firstOnLine; }
}
