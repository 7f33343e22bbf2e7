package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.cli.batch.BatchListener;

class ProgressTest {
    @Test
    void should_redraw_one_line_on_a_terminal_and_end_it() {
        // GIVEN
        StringWriter text = new StringWriter();
        BatchListener bar = Progress.choose(false, true, new PrintWriter(text));
        // WHEN
        bar.started(4);
        for (int i = 1; i <= 4; i++) {
            bar.reportDone(null, i);
        }
        // THEN
        assertThat(text.toString()).startsWith("\r[").contains("4/4").contains("份/秒").contains("剩余约")
                .endsWith(System.lineSeparator()).doesNotContain("\n[");
    }

    @Test
    void should_print_plain_lines_when_not_a_terminal_and_nothing_when_quiet() {
        // GIVEN
        StringWriter lines = new StringWriter();
        BatchListener plain = Progress.choose(false, false, new PrintWriter(lines));
        StringWriter none = new StringWriter();
        BatchListener quiet = Progress.choose(true, false, new PrintWriter(none));
        // WHEN
        for (BatchListener l : new BatchListener[] {plain, quiet}) {
            l.started(3);
            l.reportDone(null, 1);
            l.reportDone(null, 2);
            l.reportDone(null, 3);
        }
        // THEN throttled: only the final line within the 5 s interval
        assertThat(lines.toString()).doesNotContain("\r").startsWith("已审核 3/3 份");
        assertThat(none.toString()).isEmpty();
    }
}
