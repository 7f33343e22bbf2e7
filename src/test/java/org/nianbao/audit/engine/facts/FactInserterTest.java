package org.nianbao.audit.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.ReportFixtures;
import org.nianbao.audit.engine.deadlines.DeadlinesFile;
import org.nianbao.audit.engine.deadlines.LocalDeadlines;
import org.nianbao.audit.engine.lexicon.Lexicons;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.FormatCitation;
import org.nianbao.audit.model.FormatDocument;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.ReportMetadata;
import org.nianbao.audit.model.StatisticalPeriod;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.AgencyKind;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.model.DoubledWord;
import org.nianbao.audit.model.EnumerationBreak;
import org.nianbao.audit.model.EnumerationFault;
import org.nianbao.audit.model.SectionNumbering;
import org.nianbao.audit.model.TextQuality;

class FactInserterTest {
    private final FactInserter inserter = new FactInserter(Lexicons.from(new TreeMap<>(Map.of("lexicons/spam.txt", "老虎机\n"))),
            LocalDeadlines.none(), ProjectFormats.template());

    @Test
    void should_insert_every_part_of_the_model_as_facts() {
        // GIVEN a 2022 report with a citation, a period, a parse problem and a spam line
        AnnualReport base = ReportFixtures.report(3, "测试市第3局", false, "最新老虎机");
        ReportMetadata meta = new ReportMetadata(base.getMetadata().getTitle(), 1, "测试市第3局", 2022, LocalDate.of(2023, 1, 20), 1,
                null, AgencyKind.DEPARTMENT, List.of(new FormatCitation(FormatDocument.GB2021_30, false, "〔2021〕30号", 2)),
                new StatisticalPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "自2022年1月1日起至2022年12月31日止", 2));
        AnnualReport report = new AnnualReport(base.getSource(), "UTF-8", meta, base.getTemplate(), base.getRequiredTemplate(), null,
                base.getSections(),
                base.getTables(), List.of(), base.getLines(), List.of(ParseProblem.of(ProblemCode.CHARSET_GUESSED, "d", 0, "")));
        // WHEN
        List<Object> facts = inserter.facts(report);
        // THEN
        Map<String, Long> byType = facts.stream().collect(Collectors.groupingBy(f -> f.getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
        assertThat(byType).containsEntry("Report", 1L).containsEntry("Section", 6L).containsEntry("StatTable", 1L)
                .containsEntry("TableRow", 3L).containsEntry("Cell", 21L).containsEntry("TextLine", (long) report.getLines().size())
                .containsEntry("ParseProblem", 1L).containsEntry("FormatCitation", 1L).containsEntry("StatisticalPeriod", 1L)
                .containsEntry("LexiconHit", 1L).containsEntry("ExpectedRow", templateRows(TemplateVersion.V2021));
    }

    @Test
    void should_insert_the_text_quality_observations_the_parser_attached() {
        // GIVEN a report with a doubled word, an enumeration break and its parts' numbering
        AnnualReport base = ReportFixtures.report(3, "甲", false);
        TextQuality observed = new TextQuality(
                List.of(new DoubledWord("问题", "问题问题", "存在问题问题", 2, 6, 4, 5, "存在问题问题")),
                List.of(new EnumerationBreak(EnumerationFault.SKIPPED, "（一）", "（二）", 2, 3, "（五）", 5, "（三）（四）", 4, 1, "（五）")),
                List.of(new SectionNumbering(1, 1, "一、", "一、", "一、", 2, "一、总体情况")));
        // WHEN its facts are made
        List<Object> facts = inserter.facts(base.withTextQuality(observed));
        // THEN each observation is a fact, once
        assertThat(facts).containsAll(observed.all());
        assertThat(facts.stream().filter(f -> f instanceof DoubledWord || f instanceof EnumerationBreak || f instanceof SectionNumbering))
                .hasSize(3);
    }

    private static long templateRows(TemplateVersion v) {
        long n = 0;
        for (TableKind k : TableKind.values()) {
            n += ProjectFormats.template().rows(v, k).size();
        }
        return n;
    }

    @Test
    void should_expect_the_detected_template_else_the_required_one_else_none() {
        AnnualReport v2021 = ReportFixtures.report(3, "甲", false);
        AnnualReport detected2019 = new AnnualReport("x", "UTF-8", v2021.getMetadata(), TemplateVersion.V2019, TemplateVersion.V2021, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        AnnualReport undetected = new AnnualReport("x", "UTF-8", v2021.getMetadata(), null, TemplateVersion.V2021, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        AnnualReport noYear = AnnualReport.unreadable("x", null, ParseProblem.of(ProblemCode.EMPTY_INPUT, "", 0, ""));

        assertThat(inserter.expectedRows(detected2019)).allMatch(r -> r.getTemplate().equals("2019"))
                .anyMatch(r -> r.getTable() == TableKind.T1 && r.getKey().equals("procurement"));
        assertThat(inserter.expectedRows(undetected)).allMatch(r -> r.getTemplate().equals("2021"))
                .anyMatch(r -> r.getKey().equals("R3_6_2"));
        assertThat(inserter.expectedRows(noYear)).isEmpty();
    }

    @Test
    void should_insert_the_one_local_deadline_that_applies_to_the_publisher_and_none_otherwise() {
        // GIVEN a deadline for 怀化市 townships only
        LocalDeadlines deadlines = DeadlinesFile.read(Map.of("deadlines.properties", "township.deadline.怀化市=02-20\n")).deadlines();
        FactInserter withDeadlines = new FactInserter(Lexicons.from(new TreeMap<>()), deadlines, ProjectFormats.template());
        // WHEN
        List<Object> street = withDeadlines.facts(withAgency("怀化市鹤城区城北街道办事处", AgencyKind.TOWNSHIP));
        List<Object> elsewhere = withDeadlines.facts(withAgency("青山市柳湾镇人民政府", AgencyKind.TOWNSHIP));
        List<Object> department = withDeadlines.facts(withAgency("怀化市科学技术局", AgencyKind.DEPARTMENT));
        // THEN
        assertThat(street).filteredOn(LocalDeadline.class::isInstance).singleElement()
                .hasToString("township.deadline.怀化市=2-20");
        assertThat(elsewhere).noneMatch(LocalDeadline.class::isInstance);
        assertThat(department).noneMatch(LocalDeadline.class::isInstance);
    }

    private static AnnualReport withAgency(String agency, AgencyKind kind) {
        AnnualReport base = ReportFixtures.report(4, agency, false);
        ReportMetadata m = base.getMetadata();
        ReportMetadata meta = new ReportMetadata(m.getTitle(), 1, agency, m.getYear(), m.getPublished(), 1, null, kind, List.of(), null);
        return new AnnualReport(base.getSource(), "UTF-8", meta, base.getTemplate(), base.getRequiredTemplate(), null,
                base.getSections(), base.getTables(), List.of(), base.getLines(), List.of());
    }
}
