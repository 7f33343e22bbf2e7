package org.nianbao.audit.engine.history;

/**
 * The same agency's report for the year before (one fact at most). Only a report whose agency has the same
 * identity key and whose year is exactly this year − 1 becomes a prior report; the continuity rules may
 * trust its figures only when {@code assessable} (it was read as a report and its tables were judged).
 * The cells come as {@link PriorCell} facts, the part comparisons as {@link PriorSection} and {@link PriorTable}.
 */
public final class PriorReport {
    private final String agency;
    private final int year;
    private final String source;
    private final String grade;
    private final Integer score;
    private final boolean assessable;
    private final boolean inBatch;

    public PriorReport(String agency, int year, String source, String grade, Integer score, boolean assessable,
                       boolean inBatch) {
        this.agency = agency;
        this.year = year;
        this.source = source;
        this.grade = grade;
        this.score = score;
        this.assessable = assessable;
        this.inBatch = inBatch;
    }

    /** The agency's name as the prior report printed it. */
    public String getAgency() { return agency; }
    public int getYear() { return year; }
    /** The prior report's file, as its audit named it. */
    public String getSource() { return source; }
    /** Its grade (A–D), null when it was not graded. */
    public String getGrade() { return grade; }
    public Integer getScore() { return score; }
    public boolean isAssessable() { return assessable; }
    /** True when it came from this batch, false when from the history store. */
    public boolean isInBatch() { return inBatch; }
}
