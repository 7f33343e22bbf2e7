package org.nianbao.audit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.model.AgencyKind;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.FormatCitation;
import org.nianbao.audit.model.FormatDocument;
import org.nianbao.audit.model.NarrativeClaim;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.SubItem;
import org.nianbao.audit.model.TextLine;

class SeedReportParserTest {

    @ParameterizedTest
    @CsvSource({
            "000, 景德镇市科学技术局, 2023, 景德镇市科学技术局2023年政府信息公开工作年度报告, 1",
            "001, 红旗区科学技术局, 2023, 红旗区科学技术局2023年政府信息公开工作年度报告, 3",
            "002, 金乡县科学技术局, 2023, 金乡县科学技术局2023年政府信息公开工作年度报告, 3",
            "003, 张家港市科技局, 2022, 张家港市科技局2022年政府信息公开工作年度报告, 9",
            "004, 高安市科学技术局, 2020, 高安市科学技术局2020年政府信息公开工作年度报告, 1"})
    void should_read_title_agency_year_and_kind_of_every_seed(String seed, String agency, int year, String title, int titleLine) {
        // WHEN
        AnnualReport report = Reports.seed(seed);
        // THEN
        assertThat(report.getMetadata().getAgency()).isEqualTo(agency);
        assertThat(report.getMetadata().getYear()).isEqualTo(year);
        assertThat(report.getMetadata().getTitle()).isEqualTo(title);
        assertThat(report.getMetadata().getTitleLine()).isEqualTo(titleLine);
        assertThat(report.getMetadata().getAgencyKind()).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(report.getCharset()).isEqualTo("UTF-8");
        assertThat(report.getProblems()).noneMatch(p -> p.getOrigin() == Origin.INPUT);
        assertThat(report.getProblems()).extracting(p -> p.getCode().name())
                .doesNotContain("YEAR_UNKNOWN", "AGENCY_UNKNOWN", "SECTION_MISSING");
    }

    @ParameterizedTest
    @CsvSource({"000", "001", "002", "004"})
    void should_find_no_page_header_where_none_is_printed(String seed) {
        AnnualReport report = Reports.seed(seed);
        assertThat(report.getMetadata().getPublished()).isNull();
        assertThat(report.getMetadata().getIndexNumber()).isNull();
    }

    @Test
    void should_read_index_number_and_publication_date_from_seed_003_page_header() {
        AnnualReport report = Reports.seed("003");
        assertThat(report.getMetadata().getIndexNumber()).isEqualTo("014178678/2023-00002");
        assertThat(report.getMetadata().getPublished()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(report.getMetadata().getPublishedLine()).isEqualTo(5);
    }

    @Test
    void should_read_the_citations_as_printed() {
        assertThat(Reports.seed("003").getMetadata().getCitations())
                .extracting(FormatCitation::getDocument, FormatCitation::isGarbled, FormatCitation::getRaw, FormatCitation::getLine)
                .containsExactly(tuple(FormatDocument.GB2019_60, true, "国办公开办函﹝201960号", 11));
        assertThat(Reports.seed("002").getMetadata().getCitations())
                .extracting(FormatCitation::getDocument, FormatCitation::isGarbled, FormatCitation::getRaw)
                .containsExactly(tuple(FormatDocument.GB2021_30, false, "国办公开办函〔2021〕30号"));
        assertThat(Reports.seed("004").getMetadata().getCitations())
                .extracting(FormatCitation::getDocument, FormatCitation::isGarbled)
                .containsExactly(tuple(FormatDocument.GB2019_60, false));
        assertThat(Reports.seed("000").getMetadata().getCitations()).isEmpty();
        assertThat(Reports.seed("001").getMetadata().getCitations()).isEmpty();
    }

    @Test
    void should_read_the_stated_statistical_period_of_seeds_002_and_004() {
        var p002 = Reports.seed("002").getMetadata().getPeriod();
        assertThat(p002.getFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(p002.getTo()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(p002.getRaw()).isEqualTo("统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止");
        assertThat(p002.getLine()).isEqualTo(10);
        var p004 = Reports.seed("004").getMetadata().getPeriod();
        assertThat(p004.getFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(p004.getTo()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(Reports.seed("000").getMetadata().getPeriod()).isNull();
        assertThat(Reports.seed("003").getMetadata().getPeriod()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "000, 4, 16, 82, 372, 430, 432",
            "001, 5, 27, 45, 77, 85, 91",
            "002, 12, 40, 58, 91, 100, 106",
            "003, 13, 43, 107, 545, 627, 637",
            "004, 5, 25, 98, 325, 375, 381"})
    void should_find_all_six_sections_in_order_with_their_heading_lines(String seed, int l1, int l2, int l3, int l4, int l5, int l6) {
        AnnualReport report = Reports.seed(seed);
        assertThat(report.getSections())
                .extracting(Section::getNumber, Section::getPosition, Section::getHeadingLine)
                .containsExactly(tuple(1, 1, l1), tuple(2, 2, l2), tuple(3, 3, l3), tuple(4, 4, l4), tuple(5, 5, l5), tuple(6, 6, l6));
        for (int i = 0; i + 1 < report.getSections().size(); i++) {
            assertThat(report.getSections().get(i).getEndLine()).isEqualTo(report.getSections().get(i + 1).getHeadingLine() - 1);
        }
        assertThat(report.getPreface().getNumber()).isZero();
        assertThat(report.getPreface().getEndLine()).isEqualTo(l1 - 1);
    }

    @Test
    void should_record_seed_000_section_3_as_arabic_numbered_as_written() {
        AnnualReport report = Reports.seed("000");
        Section s3 = report.section(3).orElseThrow();
        assertThat(s3.getNumberingStyle()).isEqualTo(NumberingStyle.ARABIC);
        assertThat(s3.getHeading()).isEqualTo("3、 收到和处理政府信息公开申请情况");
        assertThat(s3.getTitle()).isEqualTo("收到和处理政府信息公开申请情况");
        assertThat(report.getSections()).filteredOn(s -> s.getNumber() != 3)
                .extracting(Section::getNumberingStyle).containsOnly(NumberingStyle.CHINESE);
    }

    @Test
    void should_keep_headings_as_written_with_spaces_trailing_full_stop_and_long_titles() {
        assertThat(Reports.seed("004").section(1).orElseThrow().getHeading()).isEqualTo("一、 总体情况");
        assertThat(Reports.seed("002").section(2).orElseThrow().getTitle()).isEqualTo("主动公开政府信息情况。");
        assertThat(Reports.seed("002").section(5).orElseThrow().getTitle()).isEqualTo("政府信息公开工作存在的主要问题及改进情况");
    }

    @Test
    void should_not_take_table_captions_or_the_preface_restatement_for_headings() {
        // GIVEN seed 002: preface line 7 lists the six parts; lines 42/60/93 are captions "表1 …", "表 2 …", "表 3 …"
        AnnualReport report = Reports.seed("002");
        assertThat(report.getSections()).extracting(Section::getHeadingLine).doesNotContain(7, 42, 60, 93);
        assertThat(report.section(4).orElseThrow().getBody()).contains("表 3 因政府信息公开工作被申请行政复议、提起行政诉讼情况");
    }

    @ParameterizedTest
    @CsvSource({"000", "001", "002", "003", "004"})
    void should_find_the_five_sub_items_of_general_situation(String seed) {
        Section general = Reports.seed(seed).section(1).orElseThrow();
        assertThat(general.getSubItems()).extracting(SubItem::getOrdinal).containsExactly(1, 2, 3, 4, 5);
        assertThat(general.getSubItems()).extracting(SubItem::getSection).containsOnly(1);
    }

    @Test
    void should_record_sub_item_headings_as_printed() {
        assertThat(Reports.seed("000").section(1).orElseThrow().getSubItems())
                .extracting(SubItem::getHeading, SubItem::getLine)
                .containsExactly(tuple("（一）主动公开", 6), tuple("（二）依申请公开政府信息情况", 8), tuple("（三）政府信息管理", 10),
                        tuple("（四）平台建设", 12), tuple("（五）监督保障", 14));
        assertThat(Reports.seed("001").section(1).orElseThrow().getSubItems().get(0).getNormalizedHeading())
                .isEqualTo("(一)主动公开情况");
    }

    @Test
    void should_find_the_seven_items_of_section_6_in_seed_002_cut_at_their_colon() {
        Section six = Reports.seed("002").section(6).orElseThrow();
        assertThat(six.getSubItems()).extracting(SubItem::getOrdinal).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(six.getSubItems().get(2).getHeading()).isEqualTo("（三）人大代表建议和政协提案办理结果公开情况");
    }

    @Test
    void should_give_every_line_its_section_and_stop_the_last_section_before_page_chrome() {
        AnnualReport report = Reports.seed("003");
        assertThat(report.getLines()).hasSize(646);
        assertThat(report.getLines().get(12)).extracting(TextLine::getSection).isEqualTo(1);
        assertThat(report.getLines().get(10)).extracting(TextLine::getSection).isEqualTo(0);
        assertThat(report.section(6).orElseThrow().getEndLine()).isEqualTo(639);
        assertThat(report.section(6).orElseThrow().getBody()).doesNotContain("扫一扫");
        assertThat(report.getLines().get(640).getSection()).isZero();
    }

    @Test
    void should_keep_original_text_in_body_and_matching_view_apart() {
        Section s4 = Reports.seed("001").section(4).orElseThrow();
        assertThat(s4.getBody()).contains("| 结果 维持 |");
        assertThat(s4.getNormalizedBody()).contains("|结果维持|").doesNotContain(" ");
    }

    @Test
    void should_extract_the_narrative_claims_of_seed_000() {
        assertThat(claims("000"))
                .filteredOn(c -> c.getKind() != ClaimKind.YEAR_MENTION)
                .extracting(NarrativeClaim::getKind, NarrativeClaim::getSection, NarrativeClaim::getLine, NarrativeClaim::getQuote)
                .containsExactly(
                        tuple(ClaimKind.NO_APPLICATIONS, 1, 9, "2023年度，市科技局未收到依申请公开政府信息。"),
                        tuple(ClaimKind.NO_PROCESSING_FEE, 6, 433, "2023年度景德镇市科学技术局无收取信息处理费情况。"));
    }

    @Test
    void should_extract_no_fees_at_all_from_seed_001() {
        assertThat(claims("001")).filteredOn(c -> c.getKind() != ClaimKind.YEAR_MENTION)
                .extracting(NarrativeClaim::getKind, NarrativeClaim::getSection)
                .containsExactly(tuple(ClaimKind.NO_APPLICATIONS, 1), tuple(ClaimKind.NO_FEES_AT_ALL, 6));
    }

    @Test
    void should_extract_the_fee_statements_of_seeds_002_and_003() {
        assertThat(claims("002")).extracting(NarrativeClaim::getKind).contains(ClaimKind.NO_APPLICATIONS, ClaimKind.NO_PROCESSING_FEE)
                .doesNotContain(ClaimKind.NO_FEES_AT_ALL);
        assertThat(claims("003")).filteredOn(c -> c.getKind() == ClaimKind.NO_PROCESSING_FEE)
                .extracting(NarrativeClaim::getLine).containsExactly(639);
    }

    @Test
    void should_read_applications_received_zero_from_seed_004() {
        assertThat(claims("004")).filteredOn(c -> c.getKind() == ClaimKind.APPLICATIONS_RECEIVED)
                .extracting(NarrativeClaim::getValue, NarrativeClaim::getLine, NarrativeClaim::getQuote)
                .containsExactly(tuple(0, 13, "2020年共收到政府信息公开申请 0 件。"));
    }

    @Test
    void should_mention_only_the_report_year_in_seed_000_and_no_year_in_seed_003_section_5() {
        assertThat(claims("000")).filteredOn(c -> c.getKind() == ClaimKind.YEAR_MENTION)
                .extracting(NarrativeClaim::getValue).containsOnly(2023).hasSize(6);
        // 003 五 writes "2022我局" (年 lost in extraction): not a YEAR_MENTION
        assertThat(claims("003")).filteredOn(c -> c.getKind() == ClaimKind.YEAR_MENTION && c.getSection() == 5).isEmpty();
    }

    @Test
    void should_give_the_same_model_when_one_parser_is_shared_by_threads() throws Exception {
        // GIVEN one parser and the five seeds read once
        ReportParser parser = ProjectFormats.parser();
        List<Document> docs = Stream.of("000", "001", "002", "003", "004")
                .map(id -> org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(Path.of(Reports.seed(id).getSource()), id))
                .toList();
        List<String> expected = docs.stream().map(d -> fingerprint(parser.parse(d))).toList();
        // WHEN 40 parses run on 4 threads
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Document doc = docs.get(i % docs.size());
                futures.add(pool.submit(() -> fingerprint(parser.parse(doc))));
            }
            // THEN
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % docs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String fingerprint(AnnualReport r) {
        return r.getMetadata().getAgency() + r.getMetadata().getYear()
                + r.getSections().stream().map(s -> s.getNumber() + "@" + s.getHeadingLine() + "-" + s.getEndLine()).toList()
                + r.getClaims().stream().map(c -> c.getKind() + ":" + c.getLine()).toList();
    }

    private static List<NarrativeClaim> claims(String seed) {
        return Reports.seed(seed).getClaims();
    }
}
