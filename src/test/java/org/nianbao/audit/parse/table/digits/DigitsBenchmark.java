package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;

/**
 * Measures the glued-digit solver on worst-case runs (forty digits for seven cells, forty for table 3's fifteen)
 * and on whole flattened tables. Not a unit test: run by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> org.nianbao.audit.parse.table.digits.DigitsBenchmark}.
 * Prints, per case, the median and the slowest of the warm runs in thread CPU time (steadier than wall time on a
 * shared machine) and the reading's status.
 */
public final class DigitsBenchmark {
    private static final int WARMUP = 30;
    private static final int RUNS = 60;
    private static final GluedRowSolver SOLVER = new GluedRowSolver();

    private DigitsBenchmark() {
    }

    public static void main(String[] args) {
        List<RowSpec> t2 = org.nianbao.audit.engine.formats.ProjectFormats.template().rows(TemplateVersion.V2021, TableKind.T2);
        List<RowSpec> t3 = org.nianbao.audit.engine.formats.ProjectFormats.template().rows(TemplateVersion.V2021, TableKind.T3);
        Random random = new Random(1);
        StringBuilder randomDigits = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            randomDigits.append((char) ('0' + random.nextInt(10)));
        }
        // a true reading hidden in forty digits: six parts of five or six digits and their seven-digit sum
        String planted = planted(new long[] {12345, 234567, 345678, 45678, 567890, 678901});
        String[] runs = {"1234567890123456789012345678901234567890", "1111111111111111111111111111111111111111",
            "9999999999999999999999999999999999999999", "1010101010101010101010101010101010101010",
            randomDigits.toString(), planted};
        for (String run : runs) {
            time("T2 row, " + run.length() + " digits: " + run, () -> SOLVER.solve(t2, Map.of("R1", PrintedRow.parse(run)),
                    NarrativeHints.none()).get("R1"));
        }
        for (String run : runs) {
            time("T3 data row, " + run.length() + " digits: " + run, () -> SOLVER.solve(t3,
                    Map.of("RV", PrintedRow.parse(run).spanning(3)), NarrativeHints.none()).get("RV"));
        }
        RandomTables tables = new RandomTables(new Random(2));
        List<Map<String, PrintedRow>> flattened = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, PrintedRow> printed = new LinkedHashMap<>();
            tables.table2(t2).forEach((key, cells) -> printed.put(key, PrintedRow.parse(String.join("", cells))));
            flattened.add(printed);
        }
        int[] next = {0};
        time("T2 whole table, 25 glued rows of a random consistent table (200 tables in turn)",
                () -> SOLVER.solve(t2, flattened.get(next[0]++ % flattened.size()), NarrativeHints.none()).get("R3_7"));
        Map<String, PrintedRow> corpus = new LinkedHashMap<>();
        String[] ziran = {"190000019", "0000000", "6000006", "8100008", "0000000", "0000000", "0000000", "0000000", "0000000",
            "0000000", "0000000", "0000000", "4000004", "0000000", "0000000", "0000000", "0000000", "0000000", "0000000",
            "0000000", "0000000", "0000000", "1000001", "191000019", "0000000"};
        for (int i = 0; i < t2.size(); i++) {
            corpus.put(t2.get(i).key(), PrintedRow.parse(ziran[i]));
        }
        time("T2 whole table of 自然资源与生态环境局 2023 (the all-but-one search)",
                () -> SOLVER.solve(t2, corpus, NarrativeHints.none()).get("R3_7"));
    }

    private static String planted(long[] parts) {
        StringBuilder s = new StringBuilder();
        long sum = 0;
        for (long p : parts) {
            s.append(p);
            sum += p;
        }
        return s.append(sum).toString();
    }

    private static void time(String label, java.util.function.Supplier<RowReading> solve) {
        RowReading last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = solve.get();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            last = solve.get();
            micros[i] = (threads.getCurrentThreadCpuTime() - t0) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-100s CPU median %7d µs, slowest %7d µs: %s%s%n", label, micros[RUNS / 2],
                micros[RUNS - 1], last.status(), last.isRead() ? " " + String.join("|", last.cells()) : "");
    }
}
