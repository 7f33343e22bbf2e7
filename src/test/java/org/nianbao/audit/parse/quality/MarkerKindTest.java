package org.nianbao.audit.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkerKindTest {
    @Test
    void should_name_the_ordinals_left_out_in_the_lists_own_style() {
        assertThat(MarkerKind.PAREN_CHINESE.markers(3, 4)).isEqualTo("（三）（四）");
        assertThat(MarkerKind.SHI.markers(3, 3)).isEqualTo("三是");
        assertThat(MarkerKind.SHI.markers(2, 3)).isEqualTo("二是、三是");
        assertThat(MarkerKind.DI.markers(2, 3)).isEqualTo("第二、第三");
        assertThat(MarkerKind.ARABIC.markers(3, 4)).isEqualTo("3、4");
        assertThat(MarkerKind.CIRCLED.markers(2, 3)).isEqualTo("②③");
        assertThat(MarkerKind.PAREN_ARABIC.markers(2, 2)).isEqualTo("（2）");
        assertThat(MarkerKind.PAREN_CHINESE.markers(2, 9)).isEqualTo("（二）至（九）");
    }

    @Test
    void should_write_small_ordinals_in_chinese() {
        assertThat(MarkerKind.chinese(1)).isEqualTo("一");
        assertThat(MarkerKind.chinese(10)).isEqualTo("十");
        assertThat(MarkerKind.chinese(12)).isEqualTo("十二");
        assertThat(MarkerKind.chinese(20)).isEqualTo("二十");
        assertThat(MarkerKind.chinese(21)).isEqualTo("二十一");
    }
}
