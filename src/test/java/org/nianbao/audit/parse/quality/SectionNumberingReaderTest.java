package org.nianbao.audit.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.SectionNumbering;

class SectionNumberingReaderTest {
    private final SectionNumberingReader reader = new SectionNumberingReader();

    private static Section part(int number, String heading, NumberingStyle style) {
        return new Section(number, number, heading, heading, style, number * 10, number * 10 + 9, "", "", List.of());
    }

    private List<String> systems(Section... parts) {
        return reader.read(List.of(parts)).stream().map(n -> n.getSystem() + "|" + n.getPrinted() + "|" + n.getPrevailing()).toList();
    }

    @Test
    void should_read_the_system_with_its_separator_as_printed() {
        assertThat(systems(
                part(1, "一、总体情况", NumberingStyle.CHINESE),
                part(2, "## 二. 主动公开政府信息情况", NumberingStyle.CHINESE),
                part(3, "3、 收到和处理政府信息公开申请情况", NumberingStyle.ARABIC),
                part(4, "**（四）政府信息公开行政复议、行政诉讼情况**", NumberingStyle.CHINESE_PAREN),
                part(5, "五 存在的主要问题及改进情况", NumberingStyle.CHINESE),
                part(6, "其他需要报告的事项", NumberingStyle.NONE)))
                .containsExactly("一、|一、|一、", "一.|二.|一、", "1、|3、|一、", "（一）|（四）|一、", "一|五|一、", "||一、");
    }

    @Test
    void should_name_the_system_most_parts_use_the_first_part_breaking_a_tie() {
        assertThat(reader.read(List.of(
                part(1, "1、总体情况", NumberingStyle.ARABIC),
                part(2, "2、主动公开政府信息情况", NumberingStyle.ARABIC),
                part(3, "（三）收到和处理政府信息公开申请情况", NumberingStyle.CHINESE_PAREN),
                part(4, "4、政府信息公开行政复议、行政诉讼情况", NumberingStyle.ARABIC))))
                .extracting(SectionNumbering::getPrevailing).containsOnly("1、");
        assertThat(reader.read(List.of(
                part(1, "一.总体情况", NumberingStyle.CHINESE),
                part(2, "2、主动公开政府信息情况", NumberingStyle.ARABIC))))
                .extracting(SectionNumbering::getPrevailing).containsOnly("一.");
    }

    @Test
    void should_leave_out_the_preface_and_keep_line_and_quote() {
        List<Section> parts = new ArrayList<>();
        parts.add(new Section(0, 0, "", "", NumberingStyle.NONE, 1, 3, "标题", "标题", List.of()));
        parts.add(part(1, "一、总体情况", NumberingStyle.CHINESE));
        assertThat(reader.read(parts)).singleElement().satisfies(n -> {
            assertThat(n.getSection()).isEqualTo(1);
            assertThat(n.getLine()).isEqualTo(10);
            assertThat(n.getQuote()).isEqualTo("一、总体情况");
        });
    }
}
