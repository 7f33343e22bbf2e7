package org.nianbao.audit.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nianbao.audit.model.AnnualReport;

/**
 * Non-asserting benchmark (not a test: surefire does not pick it up). About 20 simple rules over
 * reports of ~85 facts, new session per report vs. a session pool, on 1 and 2 threads.
 * Run: java -cp target/classes:target/test-classes:$(cat cp.txt) org.nianbao.audit.engine.EngineBenchmark [reports [rulesDir]]
 */
public final class EngineBenchmark {
    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir;
        if (args.length > 1) {
            dir = Path.of(args[1]);
        } else {
            dir = Files.createTempDirectory("bench-rules");
            ReportFixtures.copyRules("engine/basic", dir);
            Files.writeString(dir.resolve("generated.drl"), generatedRules(16));
        }
        RuleBook book = RuleBook.load(RulesSource.of(dir));
        List<AnnualReport> reports = ReportFixtures.many(1000);
        System.out.printf("rules=%d facts/report≈%d%n", book.rules().size(),
                new org.nianbao.audit.engine.facts.FactInserter(book.lexicons(), book.deadlines(), book.template())
                        .facts(reports.get(1)).size());
        for (int pool : new int[] {0, 2, 0, 2}) { // twice each: the first rounds also warm the JIT
            for (int threads : new int[] {1, 2}) {
                AuditEngine engine = new AuditEngine(book, AuditEngine.DEFAULT_FIRE_LIMIT, pool);
                run(engine, reports, n / 2, threads); // warm-up
                double us = run(engine, reports, n, threads);
                System.out.printf("%s, %d thread(s): %.1f µs/report (wall clock, %d reports)%n",
                        pool == 0 ? "new session" : "pool", threads, us, n);
            }
        }
    }

    private static double run(AuditEngine engine, List<AnnualReport> reports, int n, int threads) throws Exception {
        ExecutorService exec = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Integer>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            parts.add(exec.submit(() -> {
                int findings = 0;
                for (int i = offset; i < n; i += threads) {
                    findings += engine.evaluate(reports.get(i % reports.size())).findings().size();
                }
                return findings;
            }));
        }
        for (Future<Integer> f : parts) {
            f.get();
        }
        exec.shutdown();
        return (System.nanoTime() - start) / 1000.0 / n;
    }

    /** Simple single-pattern and join rules over sections, cells and lines. */
    static String generatedRules(int count) {
        StringBuilder drl = new StringBuilder("""
                package bench.generated;
                import org.nianbao.audit.model.*;
                import org.nianbao.audit.engine.facts.*;
                import org.nianbao.audit.engine.rhs.Raise;
                """);
        for (int i = 0; i < count; i++) {
            String when = switch (i % 4) {
                case 0 -> "$x : Section(number == " + (i % 6 + 1) + ", body.length() < " + (10 + i) + ")";
                case 1 -> "$x : Cell(table == TableKind.T2, columnKey == \"NP\", number, intValue > " + (i % 4) + ")";
                case 2 -> "$x : TextLine(section == " + (i % 6) + ", normalized.contains(\"第" + i + "\"))";
                default -> "$r : Report(year == " + (2019 + i % 6) + ")\n    $x : ExpectedRow(table == TableKind.T1, key == \"fee\")";
            };
            drl.append("\nrule \"G-").append(i).append("\"\n")
                    .append("    @id(\"G-").append(String.format("%03d", i)).append("\") @title(\"生成规则").append(i)
                    .append("\") @severity(\"info\") @category(\"content\") @basis(\"基准\")\n")
                    .append("when\n    ").append(when).append("\nthen\n    Raise.absent(kcontext).raise();\nend\n");
        }
        return drl.toString();
    }
}
