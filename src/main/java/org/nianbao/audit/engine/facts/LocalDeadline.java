package org.nianbao.audit.engine.facts;

/**
 * The local publication deadline (本地规定的发布时限) that applies to this report, from
 * rules/deadlines.properties: inserted only when one is configured for the report's publisher kind and
 * region. The national deadlines of 条例 Art. 49 stay in the DRL; this covers what Art. 49 leaves open.
 */
public final class LocalDeadline {
    private final String agencyKind;
    private final String region;
    private final int month;
    private final int day;
    private final String key;

    /**
     * @param region the place the deadline is limited to (matched in the agency name), null for every place
     * @param key    the configuration key it comes from, e.g. "township.deadline.怀化市"
     */
    public LocalDeadline(String agencyKind, String region, int month, int day, String key) {
        this.agencyKind = agencyKind;
        this.region = region;
        this.month = month;
        this.day = day;
        this.key = key;
    }

    /** Publisher kind it applies to, as {@code Report.agencyKind}: "TOWNSHIP". */
    public String getAgencyKind() { return agencyKind; }
    /** Place the deadline is limited to, or null when it applies everywhere. */
    public String getRegion() { return region; }
    /** Month and day of the year after the report year. */
    public int getMonth() { return month; }
    public int getDay() { return day; }
    public String getKey() { return key; }

    @Override
    public String toString() {
        return key + "=" + month + "-" + day;
    }
}
