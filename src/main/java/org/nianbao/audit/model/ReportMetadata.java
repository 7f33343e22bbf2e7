package org.nianbao.audit.model;

import java.time.LocalDate;
import java.util.List;

/** Who published which year's report, when, citing what. Every field may be null when not found. */
public final class ReportMetadata {
    private final String title;
    private final int titleLine;
    private final String agency;
    private final Integer year;
    private final LocalDate published;
    private final int publishedLine;
    private final String indexNumber;
    private final AgencyKind agencyKind;
    private final List<FormatCitation> citations;
    private final StatisticalPeriod period;

    public ReportMetadata(String title, int titleLine, String agency, Integer year, LocalDate published,
                          int publishedLine, String indexNumber, AgencyKind agencyKind,
                          List<FormatCitation> citations, StatisticalPeriod period) {
        this.title = title;
        this.titleLine = titleLine;
        this.agency = agency;
        this.year = year;
        this.published = published;
        this.publishedLine = publishedLine;
        this.indexNumber = indexNumber;
        this.agencyKind = agencyKind == null ? AgencyKind.OTHER : agencyKind;
        this.citations = citations == null ? List.of() : List.copyOf(citations);
        this.period = period;
    }

    public static ReportMetadata unknown() {
        return new ReportMetadata(null, 0, null, null, null, 0, null, AgencyKind.OTHER, List.of(), null);
    }

    /** Title with line breaks and stray spaces joined, e.g. "景德镇市科学技术局2023年政府信息公开工作年度报告". */
    public String getTitle() { return title; }
    public int getTitleLine() { return titleLine; }
    /** 机关名称, e.g. "景德镇市科学技术局". */
    public String getAgency() { return agency; }
    /** The year reported on (not the year of publication). */
    public Integer getYear() { return year; }
    /** 发布日期 when the page shows one. */
    public LocalDate getPublished() { return published; }
    public int getPublishedLine() { return publishedLine; }
    /** 索引号 when the page shows one. */
    public String getIndexNumber() { return indexNumber; }
    public AgencyKind getAgencyKind() { return agencyKind; }
    public List<FormatCitation> getCitations() { return citations; }
    /** 统计期限 when stated. */
    public StatisticalPeriod getPeriod() { return period; }
}
