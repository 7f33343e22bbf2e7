package org.nianbao.audit.engine.history;

import java.util.List;
import org.nianbao.audit.history.AgencyMatch;
import org.nianbao.audit.history.Passage;
import org.nianbao.audit.model.Quotable;

/**
 * Another agency's report (this batch or the store) whose running text is nearly this one's: found by
 * MinHash/LSH and confirmed by the exact Jaccard similarity of the two texts' shingles, template wording and
 * sentences common to many reports left out. {@code relation} is DIFFERENT, or POSSIBLE when the names may
 * be one agency (then a copy is no surprise, and the reader is told so). Evidence: the longest shared passage.
 */
public final class SimilarReport implements Quotable {
    private final String agency;
    private final Integer year;
    private final String source;
    private final double similarity;
    private final AgencyMatch relation;
    private final List<Passage> passages;

    public SimilarReport(String agency, Integer year, String source, double similarity, AgencyMatch relation,
                         List<Passage> passages) {
        this.agency = agency;
        this.year = year;
        this.source = source;
        this.similarity = similarity;
        this.relation = relation;
        this.passages = List.copyOf(passages);
    }

    public String getAgency() { return agency; }
    public Integer getYear() { return year; }
    public String getSource() { return source; }
    /** Exact Jaccard similarity of the two running texts' shingles, 0–1. */
    public double getSimilarity() { return similarity; }
    public int getPercent() { return (int) Math.round(similarity * 100); }
    /** "DIFFERENT" or "POSSIBLE" (names that may be one agency). */
    public String getRelation() { return relation.name(); }
    public List<Passage> getPassages() { return passages; }
    /** The longest shared passage as the other report prints it, cut for a message. */
    public String getLongestOtherPassage() { return passages.isEmpty() ? "" : Passage.brief(passages.get(0).otherText()); }
    /** The same passage as this report prints it, cut for a message. */
    public String getLongestPassage() { return passages.isEmpty() ? "" : Passage.brief(passages.get(0).text()); }
    @Override public int getLine() { return passages.isEmpty() ? 0 : passages.get(0).line(); }
    @Override public String getQuote() { return passages.isEmpty() ? "" : passages.get(0).text(); }
}
