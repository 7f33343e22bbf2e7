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
    void should_hand_findings_back_in_the_order_asked_and_delete_its_file() throws IOException {
        // GIVEN findings put in completion order 2, 0, 1
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(SummaryRow.of(i, SampleAudits.notAssessable("f" + i), null));
        }
        List<String> visited = new ArrayList<>();
        try (FindingSpool spool = new FindingSpool(tmp, 3)) {
            spool.put(2, List.of(SampleAudits.arithmetic()), "2021");
            spool.put(0, List.of(SampleAudits.contamination(), SampleAudits.extraction()), "2021");
            spool.put(1, List.of(), null);
            // WHEN read back in input order, then in the order 2, 0
            spool.forEach(rows, (row, findings) -> visited.add(row.source() + ":"
                    + findings.stream().map(f -> f.rule()).toList()));
            spool.forEach(List.of(rows.get(2), rows.get(0)), (row, findings) -> visited.add(row.source() + ":"
                    + findings.stream().map(f -> f.rule()).toList()));
        }
        // THEN
        assertThat(visited).containsExactly("f0:[CONTAM-SPAM, EXTRACT-GLUED]", "f1:[]", "f2:[ARITH-T2-TOTAL]",
                "f2:[ARITH-T2-TOTAL]", "f0:[CONTAM-SPAM, EXTRACT-GLUED]");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }
}
