package org.nianbao.audit.parse.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.model.AgencyKind;
import org.nianbao.audit.model.FormatCitation;
import org.nianbao.audit.model.ReportMetadata;
import org.nianbao.audit.model.StatisticalPeriod;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.PageChrome;

/**
 * Reads the report's metadata: title, agency, year, page-header 索引号 and 发布日期, agency kind, cited
 * format documents, stated statistical period. Every field stays null when not found; the caller
 * records the missing year or agency as a problem. Stateless, thread-safe.
 */
public final class MetadataExtractor {
    /** Page-header fields printed under the title: 发布日期, 来源, 索引号, 浏览次数 … at most this many lines. */
    private static final int LINES_BELOW_TITLE = 4;

    private final TitleFinder titles;
    private final PageHeaderReader headers = new PageHeaderReader();
    private final CitationFinder citations = new CitationFinder();
    private final PeriodFinder periods = new PeriodFinder();

    public MetadataExtractor(PageChrome chrome) {
        this.titles = new TitleFinder(chrome);
    }

    /**
     * @param lines   all lines of the document
     * @param preface the lines before the first section heading (the whole document when none)
     * @param page    what the publishing page says apart from the text (meta tags, a crawler's header):
     *                used where the text itself prints no 发布日期 / 索引号
     */
    public ReportMetadata extract(List<TextLine> lines, List<TextLine> preface, PageFacts page) {
        Optional<TitleMatch> title = titles.find(preface);
        Optional<YearReader.YearAt> titleYear = title.flatMap(t -> YearReader.firstYear(t.title()));
        String agency = title.flatMap(t -> titleYear.flatMap(y -> AgencyNameReader.read(t.title(), y))).orElse(null);
        Optional<StatisticalPeriod> period = periods.find(lines);
        Integer year = titleYear.map(YearReader.YearAt::year)
                .or(() -> period.flatMap(PeriodFinder::yearOf))
                .orElse(null);
        PageHeader header = title.map(t -> headers.read(headerLines(preface, t)))
                .orElse(PageHeader.none());
        LocalDate published = header.published();
        int publishedLine = header.publishedLine();
        if (published == null && page.published() != null) {
            DateReader.Span date = DateReader.at(page.published().value().strip(), 0);
            published = date == null ? null : date.date();
        }
        String indexNumber = header.indexNumber() != null ? header.indexNumber()
                : page.indexNumber() == null ? null : page.indexNumber().value().strip();
        AgencyKind kind = AgencyKindClassifier.classify(agency);
        List<FormatCitation> cited = citations.find(lines);
        return new ReportMetadata(title.map(TitleMatch::title).orElse(null), title.map(TitleMatch::line).orElse(0),
                agency, year, published, publishedLine, indexNumber, kind, cited,
                period.orElse(null));
    }

    /**
     * The page-header lines of the report: those above the title, and the page-header fields printed just
     * below it (a 发布日期 line or a bare date under the title, as many sites and exports put them) — but
     * not the body's own dates further down, and never the signature date at the end.
     */
    private static List<TextLine> headerLines(List<TextLine> preface, TitleMatch title) {
        List<TextLine> header = new ArrayList<>(preface.subList(0, indexOf(preface, title.line())));
        int below = indexOf(preface, title.lastLine()) + 1;
        int seen = 0;
        for (int i = below; i < preface.size() && seen < LINES_BELOW_TITLE; i++) {
            String c = preface.get(i).getNormalized();
            if (c.isEmpty()) {
                continue;
            }
            if (!PageHeaderLine.isHeader(c)) {
                break;
            }
            header.add(preface.get(i));
            seen++;
        }
        return header;
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
