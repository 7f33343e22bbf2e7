package org.nianbao.audit.model;

/**
 * How one of the six parts' headings is numbered, finer than {@link NumberingStyle}: the numbering system
 * with its separator ("一、", "一.", "（一）", "1、", "1.", "" for none), and the system most parts of the
 * same report use, so that a rule can tell "三." among "一、" or "（三）" among "1、".
 */
public final class SectionNumbering implements Quotable {
    private final int section;
    private final int position;
    private final String system;
    private final String printed;
    private final String prevailing;
    private final int line;
    private final String quote;

    /**
     * @param system     the numbering system written with the numeral 一 or 1: "一、", "一.", "一，", "一", "（一）",
     *                   "1、", "1.", or "" for an unnumbered heading
     * @param printed    the numbering as printed, e.g. "三." (empty when unnumbered)
     * @param prevailing the system most of this report's numbered-or-not parts use (ties: the earliest part's)
     * @param quote      the heading line as printed
     */
    public SectionNumbering(int section, int position, String system, String printed, String prevailing, int line,
                            String quote) {
        this.section = section;
        this.position = position;
        this.system = system;
        this.printed = printed;
        this.prevailing = prevailing;
        this.line = line;
        this.quote = quote;
    }

    /** Which part: 1 = 总体情况 … 6 = 其他需要报告的事项. */
    public int getSection() { return section; }
    /** Order of appearance, 1-based. */
    public int getPosition() { return position; }
    public String getSystem() { return system; }
    public String getPrinted() { return printed; }
    public String getPrevailing() { return prevailing; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return quote; }
}
