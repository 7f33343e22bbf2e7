package org.nianbao.audit.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.OutputFormat;
import org.nianbao.audit.render.OutputNames;
import org.nianbao.audit.render.summary.RunFacts;

class SummaryWriterTest {
    @Test
    void should_keep_every_batch_file_name_out_of_reach_of_report_names() {
        // GIVEN every batch file a run can write
        List<String> batchFiles = new ArrayList<>(
                new SummaryWriter(new AtomicFiles(Path.of("out")), EnumSet.allOf(OutputFormat.class)).fileNames());
        batchFiles.add(RunFacts.FILE_NAME);
        assertThat(batchFiles).contains("index.html", "summary.json", "summary.csv", "summary.xlsx", "summary.sarif");
        // THEN no input file or agency named like one of them gets that stem for its own pages
        for (String file : batchFiles) {
            String stem = file.substring(0, file.lastIndexOf('.'));
            assertThat(OutputNames.stem(null, null, file)).as(file).isNotEqualTo(stem);
            assertThat(OutputNames.stem(stem, null, "x.txt")).as(file).isNotEqualTo(stem);
        }
    }
}
