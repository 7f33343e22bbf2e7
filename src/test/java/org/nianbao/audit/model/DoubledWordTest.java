package org.nianbao.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoubledWordTest {
    /** "严格管理管理员账号": the run 管理管理 sits at 2–6 of the context. */
    private final DoubledWord managers = new DoubledWord("管理", "管理管理", "严格管理管理员账号", 2, 6, 3, 1, "严格管理管理员账号");

    @Test
    void should_be_covered_by_a_term_that_takes_in_the_whole_doubling() {
        assertThat(managers.covers("管理管理员")).isTrue();
        assertThat(managers.covers("管理管理")).isTrue();
        assertThat(managers.getRepeated()).isEqualTo("管理管理");
    }

    @Test
    void should_not_be_covered_by_a_term_that_only_touches_it() {
        assertThat(managers.covers("管理员")).isFalse();
        assertThat(managers.covers("严格管理")).isFalse();
        assertThat(managers.covers("研究研究")).isFalse();
        assertThat(managers.covers("")).isFalse();
        assertThat(managers.covers(null)).isFalse();
    }

    @Test
    void should_be_covered_by_any_rotation_inside_a_longer_run() {
        // "深究研究研究": the run 究研究研究 (1–6) also holds 研究研究
        DoubledWord rotated = new DoubledWord("究研", "究研究研", "深究研究研究", 1, 6, 1, 1, "深究研究研究");
        assertThat(rotated.covers("研究研究")).isTrue();
    }
}
