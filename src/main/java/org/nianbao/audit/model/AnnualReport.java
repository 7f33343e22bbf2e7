package org.nianbao.audit.model;

import java.util.List;
import java.util.Optional;

/** One parsed 政府信息公开工作年度报告: the single structured model every later stage reads. */
public final class AnnualReport {
    private final String source;
    private final String charset;
    private final ReportMetadata metadata;
    private final TemplateVersion template;
    private final TemplateVersion requiredTemplate;
    private final Section preface;
    private final List<Section> sections;
    private final List<StatTable> tables;
    private final List<NarrativeClaim> claims;
    private final List<TextLine> lines;
    private final List<ParseProblem> problems;
    private final TextQuality textQuality;

    public AnnualReport(String source, String charset, ReportMetadata metadata, TemplateVersion template,
                        TemplateVersion requiredTemplate, Section preface, List<Section> sections, List<StatTable> tables, List<NarrativeClaim> claims,
                        List<TextLine> lines, List<ParseProblem> problems) {
        this.source = source;
        this.charset = charset;
        this.metadata = metadata == null ? ReportMetadata.unknown() : metadata;
        this.template = template;
        this.requiredTemplate = requiredTemplate;
        this.preface = preface;
        this.sections = List.copyOf(sections);
        this.tables = List.copyOf(tables);
        this.claims = List.copyOf(claims);
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
        this.textQuality = TextQuality.none();
    }

    private AnnualReport(AnnualReport base, TextQuality textQuality) {
        this.source = base.source;
        this.charset = base.charset;
        this.metadata = base.metadata;
        this.template = base.template;
        this.requiredTemplate = base.requiredTemplate;
        this.preface = base.preface;
        this.sections = base.sections;
        this.tables = base.tables;
        this.claims = base.claims;
        this.lines = base.lines;
        this.problems = base.problems;
        this.textQuality = textQuality == null ? TextQuality.none() : textQuality;
    }

    /** The same report with what the text-quality readers observed. */
    public AnnualReport withTextQuality(TextQuality observed) {
        return new AnnualReport(this, observed);
    }

    /** A model for input that could not be read as a report at all: only the problem is known. */
    public static AnnualReport unreadable(String source, String charset, ParseProblem problem) {
        return new AnnualReport(source, charset, ReportMetadata.unknown(), null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(problem));
    }

    /** The file the report was read from, as given on the command line. */
    public String getSource() { return source; }
    /** Charset the text was decoded with, null when undecodable. */
    public String getCharset() { return charset; }
    public ReportMetadata getMetadata() { return metadata; }
    /** Template version detected from the tables' own labels; null when they show neither. */
    public TemplateVersion getTemplate() { return template; }
    /**
     * The version the report year requires (kept apart from the detected one so a rule can compare), as the
     * parse stage looked it up in the rules' {@link TemplateSchedule}; null when the year is unknown or out of scope.
     */
    public TemplateVersion getRequiredTemplate() { return requiredTemplate; }
    /** Text before 一、总体情况 (title, page chrome, 引言) as section number 0; null when there is none. */
    public Section getPreface() { return preface; }
    /** Sections in document order. */
    public List<Section> getSections() { return sections; }
    public List<StatTable> getTables() { return tables; }
    public List<NarrativeClaim> getClaims() { return claims; }
    public List<TextLine> getLines() { return lines; }
    public List<ParseProblem> getProblems() { return problems; }
    /** Doubled words, enumeration breaks, section numbering (文字差错 observations); none when not read. */
    public TextQuality getTextQuality() { return textQuality; }

    /** Where the {@code line}-th line of the linear text sits in the submitted file; NONE when out of range. */
    public SourceSpan spanOf(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).getSpan() : SourceSpan.NONE;
    }

    public Optional<Section> section(int number) {
        return sections.stream().filter(s -> s.getNumber() == number).findFirst();
    }

    public Optional<StatTable> table(TableKind kind) {
        return tables.stream().filter(t -> t.getKind() == kind).findFirst();
    }

    public boolean hasInputProblem() {
        return problems.stream().anyMatch(p -> p.getOrigin() == Origin.INPUT);
    }
}
