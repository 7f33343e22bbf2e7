package org.nianbao.audit.cli.batch;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.formats.FormatsFile;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.parse.ReportParser;

/**
 * Steady-state cost of each stage of {@link PipelineAuditor} on one thread, without the JIT's share: the same reports are run
 * round after round in one JVM, and each stage is timed with thread CPU time and allocated bytes (the
 * steadier figure on a noisy machine). Not a unit test; run by hand after {@code mvn test-compile}:
 * {@code java -cp target/nianbao-audit.jar:target/test-classes org.nianbao.audit.cli.batch.StageBenchmark
 * bench/out/in-10000 [reports=2000] [rounds=10] [rules=rules]}. Compare the last rounds.
 */
public final class StageBenchmark {
    private StageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: StageBenchmark INPUT-FOLDER [reports=2000] [rounds=10] [rules=rules]");
            System.exit(2);
        }
        Path inputs = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        RulesSource rules = RulesSource.of(Path.of(args.length > 3 ? args[3] : "rules"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inputs)) {
            files = walk.filter(Files::isRegularFile).sorted().limit(count).toList();
        }
        if (files.isEmpty()) {
            System.err.println("no files in " + inputs);
            System.exit(2);
        }
        // as an audit loads them: the precompiled kjar when the build packed one for these DRL files (run from the jar)
        RuleBook book = "compile".equals(System.getProperty("rules")) ? RuleBook.load(rules) : RuleBook.loadPrecompiledOrCompile(rules);
        System.out.println("rules: " + book.origin());
        AuditEngine engine = new AuditEngine(book);
        ReportParser parser = org.nianbao.audit.engine.ParserFactory.forSource(rules, FormatsFile.load(rules));
        Ingestor ingestor = org.nianbao.audit.engine.formats.ProjectFormats.ingestor();
        ThreadMXBean cpu = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long[] nanos = new long[3];
            long[] bytes = new long[3];
            for (Path file : files) {
                long t0 = cpu.getCurrentThreadCpuTime();
                long a0 = cpu.getCurrentThreadAllocatedBytes();
                Document doc = ingestor.read(file, file.toString());
                long t1 = cpu.getCurrentThreadCpuTime();
                long a1 = cpu.getCurrentThreadAllocatedBytes();
                AnnualReport report = parser.parse(doc);
                long t2 = cpu.getCurrentThreadCpuTime();
                long a2 = cpu.getCurrentThreadAllocatedBytes();
                engine.evaluate(report);
                long t3 = cpu.getCurrentThreadCpuTime();
                long a3 = cpu.getCurrentThreadAllocatedBytes();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                bytes[0] += a1 - a0;
                bytes[1] += a2 - a1;
                bytes[2] += a3 - a2;
            }
            int n = files.size();
            System.out.printf(Locale.ROOT, "round %2d, %d reports: ingest %4d µs %4d KB | parse %4d µs %4d KB | engine %4d µs %4d KB%n",
                    round, n, nanos[0] / 1000 / n, bytes[0] / 1024 / n, nanos[1] / 1000 / n, bytes[1] / 1024 / n,
                    nanos[2] / 1000 / n, bytes[2] / 1024 / n);
        }
    }
}
