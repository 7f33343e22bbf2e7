package org.nianbao.audit.engine.facts;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Quotable;
import org.nianbao.audit.model.ReportMetadata;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.TextLine;

/**
 * The report as one flat fact: what a rule author asks about the whole document. Values are exactly the
 * model's; nothing is computed here except conveniences for dates that DRL cannot build safely.
 */
public final class Report implements Quotable {
    private final AnnualReport report;
    private final ReportMetadata meta;

    public Report(AnnualReport report) {
        this.report = report;
        this.meta = report.getMetadata();
    }

    public String getSource() { return report.getSource(); }
    /** 机关名称, null when not found. */
    public String getAgency() { return meta.getAgency(); }
    /** Report year, null when not found. */
    public Integer getYear() { return meta.getYear(); }
    /** 标题 as printed, joined over line breaks; null when not found. */
    public String getTitle() { return meta.getTitle(); }
    public int getTitleLine() { return meta.getTitleLine(); }
    /** Publisher kind: "PEOPLES_GOVERNMENT", "DEPARTMENT", "TOWNSHIP" or "OTHER". */
    public String getAgencyKind() { return meta.getAgencyKind().name(); }
    /** 发布日期, null when the page shows none. */
    public LocalDate getPublished() { return meta.getPublished(); }
    public int getPublishedLine() { return meta.getPublishedLine(); }

    /**
     * The line the publication date is printed on, or null when the date was not read from a line. Rules
     * quote it as evidence; joining every TextLine on its number would cost a match per line of every report.
     */
    public TextLine getPublishedDateLine() {
        int n = meta.getPublishedLine();
        List<TextLine> lines = report.getLines();
        if (n < 1 || n > lines.size()) {
            return null;
        }
        TextLine line = lines.get(n - 1);
        return line.getNumber() == n ? line : null;
    }
    public String getIndexNumber() { return meta.getIndexNumber(); }
    /** Detected table template: "2019", "2021" or null. */
    public String getTemplate() { return label(report.getTemplate()); }
    /** Template the year requires per rules/formats.properties: "2019", "2021" or null (year unknown or out of scope). */
    public String getRequiredTemplate() { return label(report.getRequiredTemplate()); }
    public int getSectionCount() { return report.getSections().size(); }
    public int getLineCount() { return report.getLines().size(); }
    public boolean hasPeriod() { return meta.getPeriod() != null; }

    /** True when published after {@code month}/{@code day} of the year following the report year. */
    public boolean publishedAfter(int month, int day) {
        LocalDate p = meta.getPublished();
        Integer y = meta.getYear();
        return p != null && y != null && p.isAfter(LocalDate.of(y + 1, month, day));
    }

    /** Days between the deadline {@code month}/{@code day} of year+1 and publication (positive = late). */
    public long daysAfter(int month, int day) {
        LocalDate p = meta.getPublished();
        Integer y = meta.getYear();
        if (p == null || y == null) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(y + 1, month, day), p);
    }

    @Override public int getLine() { return meta.getTitleLine(); }
    @Override public String getQuote() { return meta.getTitle() == null ? "" : meta.getTitle(); }

    private static String label(TemplateVersion v) {
        return v == null ? null : v.label();
    }
}
