package org.nianbao.audit.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.model.AnnualReport;

/**
 * Measures ingest + parse time of a 1 MB and a 20 MB input (the five seeds repeated). Not a unit test:
 * run by hand, e.g. {@code java -cp target/classes:target/test-classes:<deps> org.nianbao.audit.parse.ParseBenchmark}.
 */
public final class ParseBenchmark {
    private static final String[] SEEDS = {"000_622e8beca5a8e726.txt", "001_5fa92bbbf5bb350f.txt",
            "002_e7290be93566281d.txt", "003_596eb627cbefc53e.txt", "004_54fb951c2391aa09.txt"};

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("nianbao-bench");
        for (long size : new long[] {1L << 20, 20L << 20}) {
            Path file = build(dir, size);
            for (int run = 1; run <= 3; run++) {
                long t0 = System.nanoTime();
                Document doc = org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, file.toString());
                long t1 = System.nanoTime();
                AnnualReport report = ProjectFormats.parser().parse(doc);
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "%5.1f MB run %d: ingest %6d ms, parse %6d ms, %d lines, %d claims%n",
                        Files.size(file) / 1048576.0, run, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        report.getLines().size(), report.getClaims().size());
            }
            Files.delete(file);
        }
        Files.delete(dir);
    }

    private static Path build(Path dir, long size) throws IOException {
        Path file = dir.resolve("bench-" + size + ".txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            for (int i = 0; written < size; i++) {
                byte[] seed = Files.readAllBytes(Path.of("fixtures/seeds", SEEDS[i % SEEDS.length]));
                out.write(seed);
                out.write('\n');
                written += seed.length + 1;
            }
        }
        return file;
    }
}
