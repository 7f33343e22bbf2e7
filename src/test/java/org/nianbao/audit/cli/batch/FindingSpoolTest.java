package org.nianbao.audit.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.SampleAudits;
import org.nianbao.audit.render.summary.SummaryRow;

class FindingSpoolTest {
    @TempDir
    Path tmp;

    @Test
    void should_hand_findings_back_in_input_order_and_delete_its_file() throws IOException {
        // GIVEN findings put in completion order 2, 0, 1
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(SummaryRow.of(i, SampleAudits.notAssessable("f" + i), null));
        }
        List<String> visited = new ArrayList<>();
        try (FindingSpool spool = new FindingSpool(tmp, 3, rows::get)) {
            spool.put(2, List.of(SampleAudits.arithmetic()));
            spool.put(0, List.of(SampleAudits.contamination(), SampleAudits.extraction()));
            spool.put(1, List.of());
            // WHEN
            spool.forEach((row, findings) -> visited.add(row.source() + ":"
                    + findings.stream().map(f -> f.rule()).toList()));
        }
        // THEN
        assertThat(visited).containsExactly("f0:[CONTAM-SPAM, EXTRACT-GLUED]", "f1:[]", "f2:[ARITH-T2-TOTAL]");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }
}
