package org.nianbao.audit.parse.meta;

import java.util.List;
import java.util.Optional;
import org.nianbao.audit.model.AgencyKind;
import org.nianbao.audit.model.FormatCitation;
import org.nianbao.audit.model.ReportMetadata;
import org.nianbao.audit.model.StatisticalPeriod;
import org.nianbao.audit.model.TextLine;

/**
 * Reads the report's metadata: title, agency, year, page-header 索引号 and 发布日期, agency kind, cited
 * format documents, stated statistical period. Every field stays null when not found; the caller
 * records the missing year or agency as a problem. Stateless, thread-safe.
 */
public final class MetadataExtractor {
    private final TitleFinder titles = new TitleFinder();
    private final PageHeaderReader headers = new PageHeaderReader();
    private final CitationFinder citations = new CitationFinder();
    private final PeriodFinder periods = new PeriodFinder();

    /**
     * @param lines   all lines of the document
     * @param preface the lines before the first section heading (the whole document when none)
     */
    public ReportMetadata extract(List<TextLine> lines, List<TextLine> preface) {
        Optional<TitleMatch> title = titles.find(preface);
        Optional<YearReader.YearAt> titleYear = title.flatMap(t -> YearReader.firstYear(t.title()));
        String agency = title.flatMap(t -> titleYear.flatMap(y -> AgencyNameReader.read(t.title(), y))).orElse(null);
        Optional<StatisticalPeriod> period = periods.find(lines);
        Integer year = titleYear.map(YearReader.YearAt::year)
                .or(() -> period.flatMap(PeriodFinder::yearOf))
                .orElse(null);
        PageHeader header = title.map(t -> headers.read(preface.subList(0, indexOf(preface, t.line()))))
                .orElse(PageHeader.none());
        AgencyKind kind = AgencyKindClassifier.classify(agency);
        List<FormatCitation> cited = citations.find(lines);
        return new ReportMetadata(title.map(TitleMatch::title).orElse(null), title.map(TitleMatch::line).orElse(0),
                agency, year, header.published(), header.publishedLine(), header.indexNumber(), kind, cited,
                period.orElse(null));
    }

    private static int indexOf(List<TextLine> preface, int lineNumber) {
        for (int i = 0; i < preface.size(); i++) {
            if (preface.get(i).getNumber() == lineNumber) {
                return i;
            }
        }
        return 0;
    }
}
