package org.nianbao.audit.ingest.pdf;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.parse.ReportParser;

/**
 * Steady-state cost of reading PDFs, per page, on one thread: the same files round after round in one JVM,
 * the PDF reader (PDFBox, layout, tables, paragraphs) and the parser timed apart with thread CPU time and
 * allocated bytes. Not a unit test; run by hand after {@code mvn test-compile}:
 * {@code java -cp target/nianbao-audit.jar:target/test-classes org.nianbao.audit.ingest.pdf.PdfBenchmark
 * fixtures/corpus/pdf [rounds=20]}. Compare the last rounds.
 */
public final class PdfBenchmark {
    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "fixtures/corpus/pdf");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        int pages = 0;
        for (Path f : files) {
            try (PDDocument d = Loader.loadPDF(f.toFile())) {
                pages += d.getNumberOfPages();
            }
        }
        PdfSourceReader reader = new PdfSourceReader();
        ReportParser parser = org.nianbao.audit.engine.formats.ProjectFormats.parser();
        ThreadMXBean cpu = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%d PDFs, %d pages%n", files.size(), pages);
        for (int round = 1; round <= rounds; round++) {
            long readNanos = 0;
            long readBytes = 0;
            long parseNanos = 0;
            long wall = System.nanoTime();
            for (Path f : files) {
                long t0 = cpu.getCurrentThreadCpuTime();
                long a0 = cpu.getCurrentThreadAllocatedBytes();
                Document doc = reader.read(f, f.toString());
                long t1 = cpu.getCurrentThreadCpuTime();
                readNanos += t1 - t0;
                readBytes += cpu.getCurrentThreadAllocatedBytes() - a0;
                parser.parse(doc);
                parseNanos += cpu.getCurrentThreadCpuTime() - t1;
            }
            wall = System.nanoTime() - wall;
            System.out.printf(Locale.ROOT, "round %2d: read %.2f ms/page CPU (%.0f KB/page), parse %.2f ms/page, wall %.2f ms/page%n",
                    round, readNanos / 1e6 / pages, readBytes / 1024.0 / pages, parseNanos / 1e6 / pages, wall / 1e6 / pages);
        }
    }
}
