package org.nianbao.audit.engine.history;

import java.util.List;
import org.nianbao.audit.history.Passage;
import org.nianbao.audit.model.Quotable;

/**
 * One part of this report compared with the same part of the prior year's report: whether its text is
 * identical (template wording, punctuation and figures aside), how alike the two are (Jaccard similarity of
 * their shingles, 0–1) and the longest passages they share. Evidence: the part's heading line.
 */
public final class PriorSection implements Quotable {
    private final int number;
    private final int priorYear;
    private final boolean identical;
    private final double similarity;
    private final int length;
    private final List<Passage> passages;
    private final int line;
    private final String heading;

    public PriorSection(int number, int priorYear, boolean identical, double similarity, int length,
                        List<Passage> passages, int line, String heading) {
        this.number = number;
        this.priorYear = priorYear;
        this.identical = identical;
        this.similarity = similarity;
        this.length = length;
        this.passages = List.copyOf(passages);
        this.line = line;
        this.heading = heading == null ? "" : heading;
    }

    /** The part (1–6). */
    public int getNumber() { return number; }
    public int getPriorYear() { return priorYear; }
    public boolean isIdentical() { return identical; }
    /** Jaccard similarity of the two parts' shingles without template wording, 0–1. */
    public double getSimilarity() { return similarity; }
    /** Similarity in whole percent, for messages. */
    public int getPercent() { return (int) Math.round(similarity * 100); }
    /** This year's part length in characters (letters and ideographs): a two-line part copied says less than a page. */
    public int getLength() { return length; }
    public List<Passage> getPassages() { return passages; }
    /** The longest shared passage as this report prints it (on one line, cut for a message), "" when none. */
    public String getLongestPassage() { return passages.isEmpty() ? "" : Passage.brief(passages.get(0).text()); }
    /** The same passage as the prior report printed it. */
    public String getLongestPriorPassage() { return passages.isEmpty() ? "" : Passage.brief(passages.get(0).otherText()); }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return heading; }
}
