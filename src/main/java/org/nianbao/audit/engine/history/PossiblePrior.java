package org.nianbao.audit.engine.history;

import org.nianbao.audit.model.Quotable;

/**
 * A report of the year before whose agency may be this one although the names differ ({@code reason}: a
 * place name more, 实验区 as 区, one character). Never compared: the reader decides, and the alias file
 * (rules/history/agency-aliases.tsv) makes it the same agency next time. Evidence: this report's title.
 */
public final class PossiblePrior implements Quotable {
    private final String agency;
    private final int year;
    private final String source;
    private final String reason;
    private final int line;
    private final String quote;

    public PossiblePrior(String agency, int year, String source, String reason, int line, String quote) {
        this.agency = agency;
        this.year = year;
        this.source = source;
        this.reason = reason;
        this.line = line;
        this.quote = quote == null ? "" : quote;
    }

    /** The other report's agency name as printed. */
    public String getAgency() { return agency; }
    public int getYear() { return year; }
    public String getSource() { return source; }
    public String getReason() { return reason; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return quote; }
}
