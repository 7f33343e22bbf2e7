package org.nianbao.audit.history.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.nianbao.audit.history.AgencyAliases;
import org.nianbao.audit.history.AgencyMatcher;
import org.nianbao.audit.history.Boilerplate;
import org.nianbao.audit.history.MinHash;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.history.Shingles;

/**
 * Near-duplicate search at scale: a store of {@code prior} reports (made once, kept between runs) and a batch of
 * {@code batch} new ones, of which 1 % are copies of stored reports with a few words changed. Times, on one
 * thread: loading every stored signature into the LSH index, summarising and storing the batch (its first
 * pass), and looking up each batch report (LSH candidates, exact Jaccard on each candidate, shared passages);
 * prints how many copies were found. Texts are synthetic: sentences every report prints, a regional skeleton
 * shared by 1 in 200 reports, and sentences of their own, ~1,800 characters of narrative per report.
 * Not a unit test; run after {@code mvn test-compile}:
 * {@code java -Xmx384m -cp target/nianbao-audit.jar:target/test-classes
 * org.nianbao.audit.history.store.SimilarityBenchmark bench/out/history-100000.db [prior=100000] [batch=10000]}.
 */
public final class SimilarityBenchmark {
    private static final int SENTENCES = 60;

    private SimilarityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/out/history-100000.db");
        int prior = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Texts texts = new Texts(42);
        Boilerplate none = Boilerplate.none();
        try (HistoryStore store = HistoryStore.open(file)) {
            int have = store.count();
            if (have < prior) {
                long t0 = System.nanoTime();
                for (int i = have; i < prior; i++) {
                    store.put(summary("存量第" + i + "局", 2023, texts.report(i), none), StoredAudit.pending());
                }
                System.out.printf(Locale.ROOT, "store: %d reports written in %.1f s, file %d MB%n", prior - have,
                        secs(t0), Files.size(file) >> 20);
            }
        }
        Runtime rt = Runtime.getRuntime();
        Path batchFile = Files.createTempFile(file.toAbsolutePath().getParent(), "batch-", ".db");
        try (HistoryStore office = HistoryStore.open(file); HistoryStore batch = HistoryStore.openScratch(batchFile)) {
            long t0 = System.nanoTime();
            List<ReportSummary> mine = new ArrayList<>(batchSize);
            int copies = 0;
            for (int i = 0; i < batchSize; i++) {
                String text;
                if (i % 100 == 0) {
                    text = texts.copyOf(texts.report((i * 7919) % prior));
                    copies++;
                } else {
                    text = texts.report(prior + i);
                }
                ReportSummary s = summary("本批第" + i + "局", 2024, text, none);
                mine.add(s);
                if (mine.size() % 128 == 0) {
                    batch.putAll(mine.subList(mine.size() - 128, mine.size()), StoredAudit.pending());
                }
            }
            batch.putAll(mine.subList(mine.size() - mine.size() % 128, mine.size()), StoredAudit.pending());
            double pass1 = secs(t0);
            t0 = System.nanoTime();
            HistorySearch search = HistorySearch.build(List.of(new HistorySearch.Source(batch, true),
                    new HistorySearch.Source(office, false)), new AgencyMatcher(AgencyAliases.none()), none);
            double index = secs(t0);
            System.gc();
            long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
            t0 = System.nanoTime();
            int found = 0;
            int flagged = 0;
            for (int i = 0; i < mine.size(); i++) {
                ReportHistory h = search.lookup(mine.get(i));
                boolean hit = h.similar().stream().anyMatch(s -> s.similarity() >= 0.8);
                flagged += hit ? 1 : 0;
                found += hit && i % 100 == 0 ? 1 : 0;
            }
            double lookups = secs(t0);
            System.out.printf(Locale.ROOT, "batch %d + store %d: first pass (summarise, store) %.1f s; index %.1f s "
                    + "(%d signatures, heap after %d MB); lookups %.1f s (%.0f µs/report); copies found %d of %d, "
                    + "reports flagged %d%n", batchSize, prior, pass1, index, search.size(), heap, lookups,
                    lookups * 1e6 / batchSize, found, copies, flagged);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(batchFile + suffix));
            }
        }
    }

    private static ReportSummary summary(String agency, int year, String text, Boilerplate boilerplate) {
        int[] sig = MinHash.signature(Shingles.set(Shingles.view(text), boilerplate));
        return new ReportSummary("bench/" + agency + ".txt", agency, agency, "DEPARTMENT", year,
                Integer.toHexString(text.hashCode()) + agency, true, "2021", List.of(), Map.of(), "", text, sig);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Deterministic synthetic report texts over 3,000 common ideographs. */
    static final class Texts {
        private final long seed;
        private final List<String> common = new ArrayList<>();

        Texts(long seed) {
            this.seed = seed;
            Random r = new Random(seed);
            for (int i = 0; i < 8; i++) {
                common.add(sentence(r));
            }
        }

        /** Report n: the common sentences, half of its region's skeleton (1 region per 200 reports), its own. */
        String report(int n) {
            StringBuilder sb = new StringBuilder();
            common.forEach(s -> sb.append(s).append('\n'));
            Random region = new Random(seed * 31 + n / 200);
            Random own = new Random(seed * 17 + n * 1_000_003L);
            for (int i = 0; i < 16; i++) {
                String s = sentence(region);
                if (own.nextBoolean()) {
                    sb.append(s).append('\n');
                }
            }
            while (sb.length() < SENTENCES * 30) {
                sb.append(sentence(own)).append('\n');
            }
            return sb.toString();
        }

        /** A copy with a word changed in one sentence of ten. */
        String copyOf(String text) {
            String[] lines = text.split("\n");
            Random r = new Random(text.hashCode());
            for (int i = 0; i < lines.length; i += 10) {
                if (lines[i].length() > 6) {
                    lines[i] = lines[i].substring(0, 3) + "我区" + lines[i].substring(5);
                }
            }
            return String.join("\n", lines) + "\n" + sentence(r);
        }

        private static String sentence(Random r) {
            int n = 20 + r.nextInt(20);
            StringBuilder sb = new StringBuilder(n + 1);
            for (int i = 0; i < n; i++) {
                sb.append((char) (0x4e00 + r.nextInt(3000)));
            }
            return sb.append('。').toString();
        }
    }
}
