package org.nianbao.audit.model;

/**
 * A word of two or more characters printed twice in a row (叠词差错), e.g. "问题问题", as found in one line.
 * Describes what is printed only: whether the doubling is legitimate (a reduplication such as 研究研究, or a word
 * followed by a compound that begins with it, 管理管理员) is the rules' call, made against a lexicon.
 */
public final class DoubledWord implements Quotable {
    private final String word;
    private final String text;
    private final String context;
    private final int runStart;
    private final int runEnd;
    private final int line;
    private final int section;
    private final String quote;

    /**
     * @param word     one copy of the word, e.g. "问题"
     * @param text     the doubled word as printed, e.g. "问题问题"
     * @param context  the printed text around the doubling, untrimmed
     * @param runStart where the run of repeated characters begins in {@code context}
     * @param runEnd   where it ends (exclusive): "问题问题" is a run of 4, "究研究研究" one of 5
     * @param quote    the printed text around it, trimmed, for evidence
     */
    public DoubledWord(String word, String text, String context, int runStart, int runEnd, int line, int section,
                       String quote) {
        this.word = word;
        this.text = text;
        this.context = context;
        this.runStart = runStart;
        this.runEnd = runEnd;
        this.line = line;
        this.section = section;
        this.quote = quote;
    }

    public String getWord() { return word; }
    public String getText() { return text; }
    /** The run of repeated characters as printed: "问题问题", or "究研究研究" when it runs on. */
    public String getRepeated() { return context.substring(runStart, runEnd); }
    /** Section of the line: 0 = preface. */
    public int getSection() { return section; }

    /**
     * True when {@code term} is printed here and takes in a whole doubling: "研究研究" over "研究研究", "管理管理员"
     * over "管理管理". A term that only touches the doubling ("管理员") does not cover it.
     */
    public boolean covers(String term) {
        if (term == null || term.isEmpty()) {
            return false;
        }
        int doubled = 2 * word.length();
        for (int at = context.indexOf(term); at >= 0; at = context.indexOf(term, at + 1)) {
            int overlap = Math.min(at + term.length(), runEnd) - Math.max(at, runStart);
            if (overlap >= doubled) {
                return true;
            }
        }
        return false;
    }

    @Override public int getLine() { return line; }
    @Override public String getQuote() { return quote; }
}
