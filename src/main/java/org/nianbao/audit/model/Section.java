package org.nianbao.audit.model;

import java.util.List;

/** One of the six sections (一 … 六) as found in the document, with its heading as written. */
public final class Section implements Quotable {
    private final int number;
    private final int position;
    private final String heading;
    private final String title;
    private final NumberingStyle numberingStyle;
    private final int headingLine;
    private final int endLine;
    private final String body;
    private final String normalizedBody;
    private final List<SubItem> subItems;

    public Section(int number, int position, String heading, String title, NumberingStyle numberingStyle,
                   int headingLine, int endLine, String body, String normalizedBody, List<SubItem> subItems) {
        this.number = number;
        this.position = position;
        this.heading = heading;
        this.title = title;
        this.numberingStyle = numberingStyle;
        this.headingLine = headingLine;
        this.endLine = endLine;
        this.body = body;
        this.normalizedBody = normalizedBody;
        this.subItems = List.copyOf(subItems);
    }

    /** Which template section this is: 1 = 总体情况 … 6 = 其他需要报告的事项. */
    public int getNumber() { return number; }
    /** Order of appearance in the document, 1-based. */
    public int getPosition() { return position; }
    /** The whole heading line as printed, e.g. "3、 收到和处理政府信息公开申请情况". */
    public String getHeading() { return heading; }
    /** The heading without its numbering, as printed. */
    public String getTitle() { return title; }
    public NumberingStyle getNumberingStyle() { return numberingStyle; }
    public int getHeadingLine() { return headingLine; }
    public int getEndLine() { return endLine; }
    /** Original text below the heading up to the next section, tables included. */
    public String getBody() { return body; }
    /** Normalised view of the body for matching (NFKC, no whitespace); never shown as evidence. */
    public String getNormalizedBody() { return normalizedBody; }
    /** True when the body holds no text at all. */
    public boolean isEmpty() { return normalizedBody.isEmpty(); }
    public List<SubItem> getSubItems() { return subItems; }
    @Override public int getLine() { return headingLine; }
    @Override public String getQuote() { return heading; }
}
