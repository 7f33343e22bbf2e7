package org.nianbao.audit.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkerReaderTest {
    private final MarkerReader reader = new MarkerReader();

    private List<String> read(String text) {
        return reader.read(text).stream()
                .map(m -> m.kind() + ":" + m.ordinal() + (m.strong() ? "" : "~") + "@" + m.printed(text)).toList();
    }

    @Test
    void should_read_every_kind_of_marker_with_its_ordinal() {
        assertThat(read("一、总体情况。（一）主动公开。一是加强领导；二是完善制度。第一，审核；第二，发布。1.甲 2、乙；（3）丙 ④丁"))
                .containsExactly("SECTION:1@一、", "PAREN_CHINESE:1@（一）", "SHI:1@一是", "SHI:2@二是", "DI:1@第一",
                        "DI:2@第二", "ARABIC:1@1.", "ARABIC:2@2、", "PAREN_ARABIC:3@（3）", "CIRCLED:4@④");
    }

    @Test
    void should_read_full_width_and_half_width_alike() {
        assertThat(read("(二)甲；１．乙；（十二）丙")).containsExactly("PAREN_CHINESE:2@(二)", "ARABIC:1@１．", "PAREN_CHINESE:12@（十二）");
    }

    @Test
    void should_mark_a_marker_after_running_text_as_weak() {
        // crawling glues "（二）改进措施" to the paragraph "一是…"; table rows follow their digits
        assertThat(read("（二）改进措施一是加强学习。办理结果（一）予以公开0000000（二）部分公开"))
                .containsExactly("PAREN_CHINESE:2@（二）", "SHI:1~@一是", "PAREN_CHINESE:1~@（一）", "PAREN_CHINESE:2~@（二）");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "依据第二十条第（八）项规定", "（五）项信息内容", "统一是非标准，唯一是指，之一是", "位列全市第一，",
        "第一时间回应；第一季度；第一书记", "1、2月份", "增长1.5倍，2021.12.31，10:30，1/2，A1.", "做到一是一、二是二",
        "一是否公开", "统一、规范", "编号03.其他", "2021年"
    })
    void should_leave_what_is_no_marker(String text) {
        assertThat(read(text)).isEmpty();
    }

    @Test
    void should_read_a_project_item_as_a_marker_but_not_an_item_reference() {
        assertThat(read("（一）项目建设")).containsExactly("PAREN_CHINESE:1@（一）");
        assertThat(read("（一）项信息内容")).isEmpty();
    }
}
