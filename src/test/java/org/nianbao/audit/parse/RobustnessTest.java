package org.nianbao.audit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.model.AnnualReport;

/** Mangled reports and random bytes: the parser records problems, it never throws. */
class RobustnessTest {
    private static final long SEED = 20240131L;

    @Test
    void should_parse_shuffled_and_cut_seed_lines_without_throwing() throws IOException {
        // GIVEN lines of all seeds, shuffled, cut at random places and glued with random characters
        List<String> pool = new ArrayList<>();
        for (Path seed : Files.list(Path.of("fixtures/seeds")).sorted().toList()) {
            pool.addAll(Files.readAllLines(seed, StandardCharsets.UTF_8));
        }
        Random random = new Random(SEED);
        ReportParser parser = ProjectFormats.parser();
        for (int doc = 0; doc < 200; doc++) {
            List<String> lines = new ArrayList<>();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) {
                String line = pool.get(random.nextInt(pool.size()));
                int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                lines.add(line.substring(0, cut) + (char) random.nextInt(0x3000) + line.substring(cut));
            }
            // WHEN
            AnnualReport report = parser.parse(org.nianbao.audit.engine.formats.ProjectFormats.textDocument("fuzz" + doc, lines));
            // THEN
            assertThat(report.getLines()).hasSize(lines.size());
            assertThat(report.getSections()).allSatisfy(s -> assertThat(s.getEndLine()).isGreaterThanOrEqualTo(s.getHeadingLine()));
        }
    }

    @Test
    void should_read_random_bytes_into_a_model_without_throwing(@TempDir Path dir) throws IOException {
        Random random = new Random(SEED);
        Ingestor ingestor = org.nianbao.audit.engine.formats.ProjectFormats.ingestor();
        ReportParser parser = ProjectFormats.parser();
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            Path file = Files.write(dir.resolve("r" + i + ".txt"), bytes);
            AnnualReport report = parser.parse(ingestor.read(file, file.toString()));
            assertThat(report.getProblems()).isNotEmpty();
        }
    }
}
