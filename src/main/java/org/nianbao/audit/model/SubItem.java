package org.nianbao.audit.model;

/** A numbered sub-heading inside a section, e.g. 总体情况's （一）主动公开. */
public final class SubItem implements Quotable {
    private final int section;
    private final int ordinal;
    private final String heading;
    private final String normalizedHeading;
    private final int line;

    public SubItem(int section, int ordinal, String heading, String normalizedHeading, int line) {
        this.section = section;
        this.ordinal = ordinal;
        this.heading = heading;
        this.normalizedHeading = normalizedHeading;
        this.line = line;
    }

    public int getSection() { return section; }
    /** 1 for （一）, 2 for （二） …; 0 when the numeral could not be read. */
    public int getOrdinal() { return ordinal; }
    public String getHeading() { return heading; }
    public String getNormalizedHeading() { return normalizedHeading; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return heading; }
}
