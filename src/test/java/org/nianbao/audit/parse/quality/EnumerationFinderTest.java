package org.nianbao.audit.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.EnumerationBreak;
import org.nianbao.audit.model.EnumerationFault;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TextLine;

class EnumerationFinderTest {
    private final EnumerationFinder finder = new EnumerationFinder(TableVocabulary.of(org.nianbao.audit.engine.formats.ProjectFormats.template()));

    private static List<TextLine> lines(String... texts) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new TextLine(i + 1, texts[i], texts[i], 1));
        }
        return lines;
    }

    private List<EnumerationBreak> find(String... texts) {
        List<TextLine> lines = lines(texts);
        return finder.find(lines, ProseMap.of(lines, List.of(), List.of()));
    }

    private static String describe(EnumerationBreak b) {
        return b.getFault() + " " + b.getPreviousMarker() + "→" + b.getMarker() + (b.getMissing().isEmpty() ? "" : " missing " + b.getMissing());
    }

    @Test
    void should_report_sub_items_that_jump() {
        // GIVEN the corpus's 社会事业局 2021: （一）（二）, a 一是…六是 list, then （五）
        List<EnumerationBreak> found = find("一、总体情况。（一）加强组织领导。（二）融合多项举措。一是甲。二是乙。三是丙。四是丁。五是戊。六是己。（五）强化监督保障。");
        // THEN one skip, from （二） to （五）, naming what is missing, quoting the spot
        assertThat(found).singleElement().satisfies(b -> {
            assertThat(describe(b)).isEqualTo("SKIPPED （二）→（五） missing （三）（四）");
            assertThat(b.getKind()).isEqualTo("（一）");
            assertThat(b.getPrevious()).isEqualTo(2);
            assertThat(b.getOrdinal()).isEqualTo(5);
            assertThat(b.getQuote()).contains("（五）强化监督保障");
        });
    }

    @Test
    void should_report_an_ordinal_that_repeats_or_goes_back() {
        assertThat(find("主要问题：一是甲；二是乙；三是丙；三是丁。")).extracting(EnumerationFinderTest::describe)
                .containsExactly("REPEATED 三是→三是");
        assertThat(find("改进措施：一是甲；一是乙。")).extracting(EnumerationFinderTest::describe)
                .containsExactly("REPEATED 一是→一是");
        assertThat(find("第一，甲；第二，乙；第三，丙；第二，丁。")).extracting(EnumerationFinderTest::describe)
                .containsExactly("REPEATED 第三→第二");
    }

    @Test
    void should_report_one_slip_once_and_go_on_from_it() {
        assertThat(find("1.甲；2.乙；4.丙；5.丁；6.戊。")).extracting(EnumerationFinderTest::describe)
                .containsExactly("SKIPPED 2.→4. missing 3");
    }

    @Test
    void should_accept_a_list_that_starts_afresh_after_two_items_or_in_a_new_paragraph() {
        assertThat(find("问题：一是甲；二是乙。措施：一是丙；二是丁；三是戊。")).isEmpty();
        assertThat(find("一是甲。", "一是乙；二是丙。")).isEmpty();
        assertThat(find("第一，甲；第二，乙。", "第一，丙；第二，丁；第三，戊。")).isEmpty();
    }

    @Test
    void should_follow_nested_lists_each_on_its_own() {
        // 一是 … with 1. 2. inside, then 二是; （一）（二） inside 四是; a higher marker ends the lists nested in it
        assertThat(find("一是甲：1.子；2.丑。二是乙。三是丙。四是丁：（一）寅；（二）卯。五是戊：1.辰；2.巳。")).isEmpty();
        assertThat(find("（一）甲。一是子；二是丑。（二）乙。一是寅；二是卯；三是辰。（三）丙。")).isEmpty();
    }

    @Test
    void should_take_a_marker_after_running_text_only_where_it_fits() {
        // "改进措施一是" restarts after a list of two; "统一是" is no marker; a weak "（三）" out of sequence is text
        assertThat(find("问题：一是甲；二是乙；三是丙。改进措施一是丁；二是戊。")).isEmpty();
        assertThat(find("一是甲；二是乙，标准统一是关键；三是丙。")).isEmpty();
        assertThat(find("（一）甲。（二）乙，见附件（五）。（三）丙。")).isEmpty();
    }

    @Test
    void should_pass_over_table_rows_and_end_every_list_at_a_parts_numbering() {
        // GIVEN a crawled body: sub-heads, a flattened table 2 with its numbered rows, then the next part
        assertThat(find("（一）甲。（二）乙。三、收到和处理政府信息公开申请情况三、本年度办理结果 （一）予以公开0000000"
                + "（二）部分公开0000000（三）不予公开1.属于国家秘密0 0 0 0 0 0 0 2.其他法律行政法规禁止公开0 0 0 0 0 0 0"
                + "（四）无法提供 1.本机关不掌握相关政府信息 0 0 0 0 0 0 0 3.补正后申请内容仍不明确 0 0 0 0 0 0 0"
                + "（七）总计 0 0 0 0 0 0 0 五、存在的主要问题及改进情况（一）丙。（二）丁。")).isEmpty();
    }

    @Test
    void should_end_every_list_at_a_heading_line_and_inside_a_table() {
        List<TextLine> lines = lines("（一）甲", "（二）乙", "二、主动公开政府信息情况", "（一）丙", "（二）丁", "（五）戊", "（三）己", "（四）庚");
        Section heading = new Section(2, 2, "二、主动公开政府信息情况", "主动公开政府信息情况", NumberingStyle.CHINESE, 3, 8, "", "", List.of());
        StatTable table = new StatTable(TableKind.T2, null, 5, 6, List.of(), List.of());
        // WHEN lines 5–6 are a table THEN the list after it starts afresh; read as prose, they break the sequence
        assertThat(finder.find(lines, ProseMap.of(lines, List.of(heading), List.of(table)))).isEmpty();
        assertThat(finder.find(lines, ProseMap.of(lines, List.of(heading), List.of()))).extracting(EnumerationFinderTest::describe)
                .containsExactly("SKIPPED （二）→（五） missing （三）（四）", "REPEATED （五）→（三）");
    }

    @Test
    void should_keep_the_line_of_the_previous_marker() {
        List<EnumerationBreak> found = find("（一）甲", "正文。", "（三）乙");
        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.getPreviousLine()).isEqualTo(1);
            assertThat(b.getLine()).isEqualTo(3);
            assertThat(b.getFault()).isEqualTo(EnumerationFault.SKIPPED);
        });
    }
}
