package org.nianbao.audit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateScheduleTest {
    @Test
    void should_require_the_newest_format_started_by_the_year_and_nothing_out_of_scope() {
        // GIVEN reports in scope from 2020, the 2019 format from 2019 and the 2021 format from 2023
        TemplateSchedule s = new TemplateSchedule(2020, Map.of(TemplateVersion.V2019, 2019, TemplateVersion.V2021, 2023));
        // WHEN / THEN
        assertThat(s.outOfScope(2019)).isTrue();
        assertThat(s.outOfScope(null)).isFalse();
        assertThat(s.requiredFor(2019)).isNull();
        assertThat(s.requiredFor(2022)).isEqualTo(TemplateVersion.V2019);
        assertThat(s.requiredFor(2023)).isEqualTo(TemplateVersion.V2021);
        assertThat(s.requiredFor(null)).isNull();
    }

    @Test
    void should_require_nothing_for_a_year_in_scope_before_every_format() {
        // GIVEN
        TemplateSchedule s = new TemplateSchedule(2019, Map.of(TemplateVersion.V2021, 2021));
        // WHEN / THEN
        assertThat(s.requiredFor(2020)).isNull();
        assertThat(s.requiredFor(2021)).isEqualTo(TemplateVersion.V2021);
    }

    @Test
    void should_refuse_two_formats_starting_the_same_year() {
        assertThatThrownBy(() -> new TemplateSchedule(2019, Map.of(TemplateVersion.V2019, 2021, TemplateVersion.V2021, 2021)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021");
    }
}
