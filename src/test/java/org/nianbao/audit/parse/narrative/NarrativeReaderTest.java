package org.nianbao.audit.parse.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.parse.text.TextLines;

class NarrativeReaderTest {
    private final NarrativeReader reader = new NarrativeReader();

    private List<NarrativeClaim> claims(String... text) {
        return reader.read(TextLines.of(List.of(text)), List.of()).stream()
                .filter(c -> c.getKind() != ClaimKind.YEAR_MENTION).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "本机关未收到政府信息公开申请。;NO_APPLICATIONS;null",
            "我局没有收到公民、法人和其他组织提出的政府信息公开申请。;NO_APPLICATIONS;null",
            "本年度无政府信息公开申请。;NO_APPLICATIONS;null",
            "共收到政府信息公开申请 12 件。;APPLICATIONS_RECEIVED;12",
            "全年共受理依申请公开三件。;APPLICATIONS_RECEIVED;3",
            "本年新收政府信息公开申请十二件。;APPLICATIONS_RECEIVED;12",
            "全年接收信息公开申请一百零五份。;APPLICATIONS_RECEIVED;105",
            "收到申请两件。;APPLICATIONS_RECEIVED;2",
            "已办结5件。;APPLICATIONS_CLOSED;5",
            "共答复申请人二十条。;APPLICATIONS_CLOSED;20",
            "结转下年度继续办理1件。;CARRIED_OVER;1",
            "另有2件顺延至下一年度办理。;null;null",
            "顺延到下年度办理4件。;CARRIED_OVER;4",
            "上年结转申请3件。;null;null",
            "结转上年度政府信息公开申请1件。;null;null",
            "申请均已按时办结。;ALL_CLOSED;null",
            "本年度未发生因政府信息公开引起的行政复议、行政诉讼。;NO_REVIEW_OR_LITIGATION;null",
            "无因政府信息公开被申请行政复议和提起行政诉讼的情况。;NO_REVIEW_OR_LITIGATION;null",
            "被申请行政复议1件。;REVIEW_COUNT;1",
            "被提起行政诉讼二起。;LITIGATION_COUNT;2",
            "复议结果均获维持。;ALL_UPHELD;null",
            "未收取任何费用。;NO_FEES_AT_ALL;null",
            "本年度未发生政府信息公开收费情形。;NO_PROCESSING_FEE;null",
            "未收取信息处理费。;NO_PROCESSING_FEE;null",
            "2025年度我局无收取信息公开处理费。;NO_PROCESSING_FEE;null",
            "本年度收取信息处理费400元。;PROCESSING_FEE_COLLECTED;400",
            "我局收到人大代表建议5件。;null;null",
            "答复网民留言30条。;null;null",
            "一是规范公开内容。;null;null"})
    void should_read_one_claim_per_phrasing(String sentence, String kind, Integer value) {
        List<NarrativeClaim> found = claims(sentence);
        if (kind == null) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).extracting(NarrativeClaim::getKind, NarrativeClaim::getValue)
                .containsExactly(tuple(ClaimKind.valueOf(kind), value));
        assertThat(found.get(0).getQuote()).isEqualTo(sentence);
    }

    @Test
    void should_read_several_claims_of_one_sentence() {
        assertThat(claims("2023年共收到政府信息公开申请5件，已全部办结。"))
                .extracting(NarrativeClaim::getKind, NarrativeClaim::getValue)
                .containsExactlyInAnyOrder(tuple(ClaimKind.APPLICATIONS_RECEIVED, 5), tuple(ClaimKind.ALL_CLOSED, null));
        assertThat(claims("行政复议0件、行政诉讼0件。")).extracting(NarrativeClaim::getKind)
                .containsExactlyInAnyOrder(ClaimKind.REVIEW_COUNT, ClaimKind.LITIGATION_COUNT);
    }

    @Test
    void should_keep_every_sentence_of_a_line_apart_with_its_evidence() {
        assertThat(claims("未收到申请。 未收取任何费用。"))
                .extracting(NarrativeClaim::getKind, NarrativeClaim::getQuote, NarrativeClaim::getLine)
                .containsExactly(tuple(ClaimKind.NO_APPLICATIONS, "未收到申请。", 1), tuple(ClaimKind.NO_FEES_AT_ALL, "未收取任何费用。", 1));
    }

    @Test
    void should_record_every_year_mention() {
        List<NarrativeClaim> years = reader.read(TextLines.of(List.of("2022年和 2023 年，2022我局；20231年。")), List.of()).stream()
                .filter(c -> c.getKind() == ClaimKind.YEAR_MENTION).toList();
        assertThat(years).extracting(NarrativeClaim::getValue).containsExactly(2022, 2023);
    }

    @Test
    void should_skip_lines_inside_statistical_tables() {
        // GIVEN line 2 lies inside a table found by the table parser
        StatTable table = new StatTable(TableKind.T2, null, 2, 2, List.of(), List.of());
        List<NarrativeClaim> found = reader.read(TextLines.of(List.of("正文。", "收到申请3件。", "收到申请4件。")), List.of(table));
        assertThat(found).extracting(NarrativeClaim::getValue).containsExactly(4);
    }

    @Test
    void should_read_a_sentence_wrapped_over_lines_whole_and_claim_no_total_from_its_parts() {
        // GIVEN a PDF-converted paragraph with hard line breaks inside its sentence
        List<NarrativeClaim> found = claims(
                "2023年共收到政府信息公开申请10件，所有办结的信息公开",
                "申请中同意公开答复 9 件，部分公开答复 0 件，转下一",
                "年度办理答复的有 1 件。");
        // WHEN / THEN the sentence is one, quoted whole from its first line; its outcomes are no total closed
        assertThat(found).extracting(NarrativeClaim::getKind, NarrativeClaim::getValue, NarrativeClaim::getLine)
                .containsExactly(tuple(ClaimKind.APPLICATIONS_RECEIVED, 10, 1), tuple(ClaimKind.CARRIED_OVER, 1, 1));
        assertThat(found.get(0).getQuote()).isEqualTo("2023年共收到政府信息公开申请10件，所有办结的信息公开申请中同意公开答复 9 件，"
                + "部分公开答复 0 件，转下一年度办理答复的有 1 件。");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "2024年共收到政府信息公开申请4件，同意公开答复数1件，区分处理后公开数 1件，无法提供数2件。;null",
            "2024年我局共收到申请件2件，办结依申请2件，其中公开答复1件，无法提供1件。;2",
            "本年度共办结18件。;18"})
    void should_claim_the_total_closed_only_when_the_wording_says_so(String sentence, Integer closed) {
        // GIVEN / WHEN
        List<Integer> values = claims(sentence).stream().filter(c -> c.getKind() == ClaimKind.APPLICATIONS_CLOSED)
                .map(NarrativeClaim::getValue).toList();
        // THEN
        assertThat(values).isEqualTo(closed == null ? List.of() : List.of(closed));
    }

    @Test
    void should_not_join_a_heading_to_the_text_under_it() {
        // GIVEN a sub-heading line without full stop, and its text below
        List<NarrativeClaim> found = claims("（二）依申请公开情况", "本年度收到申请3件。", "申请均已按时办结");
        // THEN each line keeps its own claims and number
        assertThat(found).extracting(NarrativeClaim::getKind, NarrativeClaim::getLine)
                .containsExactly(tuple(ClaimKind.APPLICATIONS_RECEIVED, 2), tuple(ClaimKind.ALL_CLOSED, 3));
    }
}
