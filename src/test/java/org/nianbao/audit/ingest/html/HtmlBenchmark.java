package org.nianbao.audit.ingest.html;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.parse.ReportParser;

/**
 * Steady-state cost of reading web pages, in the style of {@code StageBenchmark}: each page is padded with
 * site chrome (link menus, a {@code var gklist} script as real TRS pages carry) to 150 K, 250 K and 350 K
 * characters, the real pages' range, and ingest and parse are timed with thread CPU time and allocated bytes,
 * round after round in one JVM. Not a unit test; run by hand after {@code mvn test-compile}:
 * {@code java -cp target/nianbao-audit.jar:target/test-classes org.nianbao.audit.ingest.html.HtmlBenchmark
 * [rounds=20] [page.html …]} (default: the corpus page and the fixtures/html pages). Compare the last rounds.
 */
public final class HtmlBenchmark {
    private static final int[] SIZES = {150_000, 250_000, 350_000};

    private HtmlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Path> sources = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sources.add(Path.of(args[i]));
        }
        if (sources.isEmpty()) {
            sources = List.of(Pages.CORPUS_PAGE, Pages.SITE_PAGE, Pages.SITE_PAGE_GBK, Pages.WORD_2019);
        }
        Path dir = Files.createTempDirectory("html-bench");
        List<Path> pages = new ArrayList<>();
        for (Path source : sources) {
            for (int size : SIZES) {
                pages.add(padded(source, size, dir));
            }
        }
        ReportParser parser = org.nianbao.audit.engine.formats.ProjectFormats.parser();
        Ingestor ingestor = org.nianbao.audit.engine.formats.ProjectFormats.ingestor();
        ThreadMXBean cpu = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%d pages of %d, %d and %d K characters%n", pages.size(), SIZES[0] / 1000,
                SIZES[1] / 1000, SIZES[2] / 1000);
        for (int round = 1; round <= rounds; round++) {
            long[] nanos = new long[2];
            long[] bytes = new long[2];
            for (Path file : pages) {
                long t0 = cpu.getCurrentThreadCpuTime();
                long a0 = cpu.getCurrentThreadAllocatedBytes();
                Document doc = ingestor.read(file, file.toString());
                long t1 = cpu.getCurrentThreadCpuTime();
                long a1 = cpu.getCurrentThreadAllocatedBytes();
                parser.parse(doc);
                long t2 = cpu.getCurrentThreadCpuTime();
                long a2 = cpu.getCurrentThreadAllocatedBytes();
                if (!doc.readable()) {
                    throw new IllegalStateException(file + ": " + doc.problem().getDetail());
                }
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                bytes[0] += a1 - a0;
                bytes[1] += a2 - a1;
            }
            int n = pages.size();
            System.out.printf(Locale.ROOT, "round %2d, %d pages: ingest %5d µs %6d KB | parse %4d µs %4d KB per page%n",
                    round, n, nanos[0] / 1000 / n, bytes[0] / 1024 / n, nanos[1] / 1000 / n, bytes[1] / 1024 / n);
        }
    }

    /** The page with chrome added before its closing body tag until it holds {@code size} characters. */
    private static Path padded(Path page, int size, Path dir) throws Exception {
        byte[] raw = Files.readAllBytes(page);
        Charset charset = page.getFileName().toString().contains("gbk") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        String html = new String(raw, charset);
        StringBuilder chrome = new StringBuilder("<div class=\"sitemap\"><ul>");
        int menu = 0;
        int script = (size - html.length()) * 2 / 5;
        while (html.length() + chrome.length() + script < size) {
            chrome.append("<li><a href=\"/col/col").append(menu).append("/index.html\" title=\"栏目").append(menu)
                    .append("\">政务公开栏目").append(menu++).append("</a></li>\n");
        }
        chrome.append("</ul></div><script>var gklist = {");
        for (int i = 0; chrome.length() < size - html.length(); i++) {
            chrome.append("\"c").append(i).append("\":{\"name\":\"政府信息公开年报\",\"url\":\"/zfxxgk/nb/").append(i).append("/\"},");
        }
        chrome.append("};</script>\n");
        int body = html.lastIndexOf("</body>");
        String out = body < 0 ? html + chrome : html.substring(0, body) + chrome + html.substring(body);
        Path file = dir.resolve(page.getFileName().toString().replace(".html", "-" + size / 1000 + "k.html"));
        Files.write(file, out.getBytes(charset));
        return file;
    }
}
