package org.nianbao.audit.engine.history;

import org.nianbao.audit.model.Quotable;

/**
 * A sentence of this report's part that the prior year's same part also printed (punctuation and white space
 * aside), with the latest year it names that is not after this report's year — "2024年，我局将…" copied into
 * the 2024 report names a year whose plan it should be reporting on, not planning. {@code staleYear} is null
 * when the sentence names no such year.
 */
public final class CarriedSentence implements Quotable {
    private final int section;
    private final int line;
    private final String quote;
    private final String priorQuote;
    private final int priorYear;
    private final Integer staleYear;

    public CarriedSentence(int section, int line, String quote, String priorQuote, int priorYear, Integer staleYear) {
        this.section = section;
        this.line = line;
        this.quote = quote;
        this.priorQuote = priorQuote;
        this.priorYear = priorYear;
        this.staleYear = staleYear;
    }

    public int getSection() { return section; }
    public String getPriorQuote() { return priorQuote; }
    public int getPriorYear() { return priorYear; }
    public Integer getStaleYear() { return staleYear; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return quote; }
}
