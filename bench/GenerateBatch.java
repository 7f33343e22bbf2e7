import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a benchmark batch: N reports made from the seed fixtures, each with its own agency name
 * (科学技术局 → 第N科学技术局) and one varied count in the narrative, so names and numbers differ while
 * every layout of the seeds stays represented. Run with the JDK's source launcher:
 * {@code java bench/GenerateBatch.java N SEEDS_DIR OUT_DIR}.
 */
public final class GenerateBatch {
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path seedsDir = Path.of(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        List<String> seeds;
        try (Stream<Path> s = Files.list(seedsDir)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().map(GenerateBatch::read).toList();
        }
        for (int i = 0; i < n; i++) {
            String text = seeds.get(i % seeds.size())
                    .replace("科学技术局", "第" + i + "科学技术局")
                    .replaceFirst("([0-9]+)件", (i % 97) + "件");
            // 1,000 files per folder: keeps directory listings fast at 100k
            Path dir = Files.createDirectories(out.resolve(String.format("%03d", i / 1000)));
            Files.writeString(dir.resolve(String.format("r%06d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
