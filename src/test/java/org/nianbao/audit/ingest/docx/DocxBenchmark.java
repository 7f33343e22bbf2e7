package org.nianbao.audit.ingest.docx;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.parse.ReportParser;

/**
 * Steady-state cost of reading Word files (ingest) and parsing what was read, per document, on one thread:
 * the same files round after round in one JVM, timed with thread CPU time and allocated bytes. Not a unit test;
 * run by hand after {@code mvn test-compile}:
 * {@code java -cp target/nianbao-audit.jar:target/test-classes org.nianbao.audit.ingest.docx.DocxBenchmark
 * [FOLDER=fixtures/docx] [rounds=20]}. Compare the last rounds (bench/README.md, "DOCX").
 */
public final class DocxBenchmark {
    private DocxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "fixtures/docx");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> files;
        try (Stream<Path> walk = Files.list(folder)) {
            files = walk.filter(f -> new DocxSourceReader().accepts(f)).sorted().toList();
        }
        DocxSourceReader reader = new DocxSourceReader();
        ReportParser parser = org.nianbao.audit.engine.formats.ProjectFormats.parser();
        ThreadMXBean cpu = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            List<String> line = new ArrayList<>();
            for (Path file : files) {
                long t0 = cpu.getCurrentThreadCpuTime();
                long a0 = cpu.getCurrentThreadAllocatedBytes();
                Document doc = reader.read(file, file.toString());
                long t1 = cpu.getCurrentThreadCpuTime();
                long a1 = cpu.getCurrentThreadAllocatedBytes();
                parser.parse(doc);
                long t2 = cpu.getCurrentThreadCpuTime();
                line.add(String.format(Locale.ROOT, "%s read %.2f ms %.1f MB, parse %.2f ms", file.getFileName(),
                        (t1 - t0) / 1e6, (a1 - a0) / 1e6, (t2 - t1) / 1e6));
            }
            if (round == 1 || round == rounds || round % 5 == 0) {
                System.out.println("round " + round + ": " + String.join(" | ", line));
            }
        }
    }
}
