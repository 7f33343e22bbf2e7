package org.nianbao.audit.parse.table.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.TableKind;

class NarrativeHintFinderTest {
    private static List<String> found(String text) {
        return NarrativeHintFinder.find(text, 7).stream()
                .map(h -> h.table() + "." + h.rowKey() + "." + h.columnKey() + "=" + h.value().toPlainString()).toList();
    }

    @Test
    void should_find_the_cells_a_sentence_states_in_so_many_words() {
        assertThat(found("截至年底，现行有效行政规范性文件546件。")).containsExactly("T1.norm.valid=546");
        assertThat(found("2025年新制发规范性文件3件，废止规范性文件2件。"))
                .containsExactly("T1.norm.made=3", "T1.norm.new_made=3", "T1.norm.repealed=2");
        assertThat(found("立案查处各类违法行为并作出行政处罚决定784起")).containsExactly("T1.penalty.decisions=784");
        assertThat(found("全年共发布采购信息197批次涉及金额3601627.4元"))
                .containsExactly("T1.procurement.items=197", "T1.procurement.amount=3601627.4");
        assertThat(found("全年我局共收到政府信息公开申请14件。")).containsExactly("T2.R1.TOT=14");
    }

    @Test
    void should_not_take_a_number_near_a_row_name_for_its_cell() {
        // published items by category are not table 1's cells; carried-over applications are not 本年新收
        assertThat(found("其中公示公告类46条、行政许可77条")).isEmpty();
        assertThat(found("其中政策、规范性文件类信息3条")).isEmpty();
        assertThat(found("共收到申请17件其中上年结转3件")).isEmpty();
        assertThat(found("发布政府采购公告")).isEmpty();
    }

    @Test
    void should_quote_the_clause_and_its_line() {
        NarrativeHints.Hint h = NarrativeHintFinder.find("概述。现行有效行政规范性文件 546 件，其余略。", 12).get(0);
        assertThat(h.quote()).isEqualTo("现行有效行政规范性文件 546 件");
        assertThat(h.line()).isEqualTo(12);
        assertThat(h.table()).isEqualTo(TableKind.T1);
    }
}
