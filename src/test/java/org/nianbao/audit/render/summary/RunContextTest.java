package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunContextTest {
    private static final Instant NOW = Instant.parse("2026-12-02T02:31:00Z");

    @Test
    void should_show_the_run_in_local_time_by_default() {
        // GIVEN no SOURCE_DATE_EPOCH / WHEN
        RunContext c = RunContext.at(NOW, null, List.of("in"), 3, RulesIdentity.UNKNOWN);
        // THEN the machine's clock and zone
        assertThat(c.shownTime()).isEqualTo(NOW.atZone(ZoneId.systemDefault()).toLocalDateTime().toString().replace('T', ' ').substring(0, 16));
        assertThat(c.zoneLabel()).isEqualTo("（本地时间）");
        assertThat(c.fixedClock()).isFalse();
    }

    @Test
    void should_take_source_date_epoch_in_utc_for_byte_identical_reruns() {
        // GIVEN / WHEN
        RunContext c = RunContext.at(NOW, " 1772677800 ", List.of("in"), 3, RulesIdentity.UNKNOWN);
        // THEN
        assertThat(c.shownTime()).isEqualTo("2026-03-05 02:30");
        assertThat(c.shownDate()).isEqualTo("2026-03-05");
        assertThat(c.zoneLabel()).isEqualTo("（UTC）");
    }

    @Test
    void should_ignore_a_source_date_epoch_that_is_not_a_number() {
        assertThat(RunContext.at(NOW, "yesterday", List.of(), 0, RulesIdentity.UNKNOWN).fixedClock()).isFalse();
        assertThat(RunContext.at(NOW, "-5", List.of(), 0, RulesIdentity.UNKNOWN).fixedClock()).isFalse();
    }
}
