package org.nianbao.audit.parse;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.NarrativeClaim;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.ReportMetadata;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.document.DocumentLines;
import org.nianbao.audit.parse.meta.MetadataExtractor;
import org.nianbao.audit.parse.narrative.NarrativeReader;
import org.nianbao.audit.parse.quality.TextQualityReader;
import org.nianbao.audit.parse.section.ReportSequence;
import org.nianbao.audit.parse.section.SectionLayout;
import org.nianbao.audit.parse.section.SectionSplitter;
import org.nianbao.audit.parse.section.SectionTitles;
import org.nianbao.audit.parse.section.SectionTraces;
import org.nianbao.audit.parse.text.PageChrome;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.parse.table.TableParseResult;
import org.nianbao.audit.parse.table.TableParser;
import org.nianbao.audit.parse.text.TextLines;

/**
 * Turns a document's text into the annual-report model: lines → sections → tables → narrative claims
 * → metadata → input problems. Which years are in scope and which format each year requires come from
 * the rules' {@link TemplateSchedule} (rules/formats.properties). Holds only stateless collaborators: thread-safe.
 */
public final class ReportParser {
    /** Without a title, this many recognised section headings still make a report. */
    private static final int SECTIONS_WITHOUT_TITLE = 3;
    private static final int SECTION_COUNT = 6;

    private final SectionSplitter sections;
    private final ReportSequence sequence;
    private final SectionTraces traces;
    private final TableParser tables;
    private final NarrativeReader narrative = new NarrativeReader();
    private final MetadataExtractor metadata;
    private final TextQualityReader textQuality;
    private final TemplateSchedule schedule;

    /**
     * @param schedule which years are in scope and which format each year requires (rules/formats.properties)
     * @param template the report template: part titles, table rows and columns (rules/template/)
     * @param chrome   page furniture lines (rules/lexicons/page-chrome.txt)
     */
    public ReportParser(TemplateSchedule schedule, TemplateCatalog template, PageChrome chrome) {
        this.schedule = schedule;
        SectionTitles titles = new SectionTitles(template.sections());
        this.sections = new SectionSplitter(titles, chrome);
        this.sequence = new ReportSequence(titles);
        this.traces = new SectionTraces(titles);
        this.tables = new TableParser(template);
        this.metadata = new MetadataExtractor(chrome);
        this.textQuality = new TextQualityReader(template);
    }

    /** Never throws for bad content: problems are recorded in the model. Thread-safe. */
    public AnnualReport parse(Document document) {
        if (!document.readable()) {
            return AnnualReport.unreadable(document.source(), document.charset(), document.problem());
        }
        List<TextLine> raw = DocumentLines.of(document.blocks());
        List<ReportSequence.Start> reports = sequence.find(raw);
        if (reports.size() > 1) { // judged as a whole it would be graded on the first report and drop the rest
            return AnnualReport.unreadable(document.source(), document.charset(), ParseMessages.severalReports(reports));
        }
        SectionLayout layout = sections.split(raw);
        List<TextLine> lines = TextLines.withSections(raw, layout.sectionOf());
        TableParseResult tableResult = tables.parse(lines);
        List<NarrativeClaim> claims = narrative.read(lines, tableResult.tables());
        int prefaceEnd = layout.preface() == null ? 0 : layout.preface().getEndLine();
        ReportMetadata meta = metadata.extract(lines, lines.subList(0, prefaceEnd), document.page());

        List<ParseProblem> problems = new ArrayList<>(document.warnings());
        List<ParseProblem> input = inputProblems(meta, layout, tableResult, lines);
        problems.addAll(input);
        // Out of scope (not a report, too early a year): the tables' absence is not worth a word of its own.
        boolean outOfScope = input.stream().anyMatch(p -> p.getOrigin() == Origin.INPUT);
        if (!outOfScope) {
            problems.addAll(tableResult.problems());
        }
        return new AnnualReport(document.source(), document.charset(), meta, tableResult.template(),
                schedule.requiredFor(meta.getYear()), layout.preface(),
                layout.sections(), tableResult.tables(), claims, lines, problems)
                .withTextQuality(textQuality.read(lines, layout.sections(), tableResult.tables()));
    }

    private List<ParseProblem> inputProblems(ReportMetadata meta, SectionLayout layout, TableParseResult tables,
                                             List<TextLine> lines) {
        List<ParseProblem> problems = new ArrayList<>();
        Integer year = meta.getYear();
        if (schedule.outOfScope(year)) {
            problems.add(ParseMessages.unsupportedYear(year, schedule.firstYear(), meta.getTitleLine(), meta.getTitle()));
            return problems;
        }
        // a table whose own labels are printed, even unread, is a report's: not "不是年度报告"
        boolean tablesPrinted = !tables.tables().isEmpty()
                || tables.problems().stream().anyMatch(p -> p.getCode() == ProblemCode.TABLE_UNREAD);
        boolean looksLikeReport = meta.getTitle() != null
                ? !layout.sections().isEmpty() || tablesPrinted
                : layout.sections().size() >= SECTIONS_WITHOUT_TITLE || tablesPrinted;
        if (!looksLikeReport) {
            // a title that names a report, over nothing else, is a report whose body is elsewhere, not "no title"
            problems.add(meta.getTitle() != null && meta.getTitle().contains("年度报告")
                    ? ParseMessages.titleOnly(layout.sections().size(), meta.getTitleLine(), meta.getTitle())
                    : ParseMessages.notAReport(layout.sections().size()));
            return problems;
        }
        if (year == null) {
            problems.add(ParseMessages.yearUnknown(meta.getTitleLine(), meta.getTitle()));
        }
        if (meta.getAgency() == null) {
            problems.add(ParseMessages.agencyUnknown(meta.getTitleLine(), meta.getTitle()));
        }
        for (int number = 1; number <= SECTION_COUNT; number++) {
            int n = number;
            if (layout.sections().stream().noneMatch(s -> s.getNumber() == n)) {
                // printed but not readable as a heading is the parser's problem, not the agency's omission
                problems.add(traces.find(lines, n)
                        .map(t -> ParseMessages.sectionUnread(n, t.line().getNumber(), t.excerpt()))
                        .orElseGet(() -> ParseMessages.sectionMissing(n)));
            }
        }
        return problems;
    }
}
