package org.nianbao.audit.model;

import java.time.LocalDate;

/** The stated statistical period (统计期限), e.g. "自2023年1月1日起至2023年12月31日止". */
public final class StatisticalPeriod implements Quotable {
    private final LocalDate from;
    private final LocalDate to;
    private final String raw;
    private final int line;

    public StatisticalPeriod(LocalDate from, LocalDate to, String raw, int line) {
        this.from = from;
        this.to = to;
        this.raw = raw;
        this.line = line;
    }

    /** Null when the start date could not be read. */
    public LocalDate getFrom() { return from; }
    /** Null when the end date could not be read. */
    public LocalDate getTo() { return to; }
    public String getRaw() { return raw; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return raw; }
}
