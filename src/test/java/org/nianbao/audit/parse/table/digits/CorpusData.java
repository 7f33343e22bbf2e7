package org.nianbao.audit.parse.table.digits;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;

/**
 * The thirteen crawled reports of fixtures/corpus: their rows as printed (fixtures/corpus/rows/*.rows, tab-separated, cut out of
 * fixtures/corpus/txt/*.txt) and the cells each document makes certain (fixtures/corpus/expected/*.properties).
 */
final class CorpusData {
    static final Path TXT = Path.of("fixtures/corpus/txt");
    static final Path ROWS = Path.of("fixtures/corpus/rows");
    static final Path EXPECTED = Path.of("fixtures/corpus/expected");

    /** One printed row: "T2.R1", its label and its value text as printed. */
    record Row(TableKind table, String key, String label, String value) {
    }

    /** A document's rows, the template each table uses, and what is expected of them. */
    record Document(String name, Map<TableKind, TemplateVersion> templates, List<Row> rows, Map<String, List<String>> cells,
                    List<String> uncertain, List<String> unread, List<String> defects, String narrative) {
    }

    private CorpusData() {
    }

    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(ROWS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rows"))
                    .map(n -> n.substring(0, n.length() - ".rows".length())).sorted().toList();
        }
    }

    static Document load(String name) throws IOException {
        Map<TableKind, TemplateVersion> templates = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ROWS.resolve(name + ".rows"), StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("template")) {
                for (int i = 1; i < f.length; i++) {
                    String[] kv = f[i].split("=");
                    templates.put(TableKind.valueOf(kv[0]), kv[1].equals("2019") ? TemplateVersion.V2019 : TemplateVersion.V2021);
                }
                continue;
            }
            String[] key = f[0].split("\\.", 2);
            rows.add(new Row(TableKind.valueOf(key[0]), key[1], f[1], f[2]));
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(EXPECTED.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("T")) {
                String v = p.getProperty(k).strip();
                cells.put(k, v.isEmpty() ? List.of() : Arrays.asList(v.split("\\|", -1)));
            }
        }
        return new Document(name, templates, rows, cells, list(p, "uncertain", ","), list(p, "unread", ","),
                list(p, "defects", ";"), narrative(Files.readString(TXT.resolve(name + ".txt"), StandardCharsets.UTF_8)));
    }

    private static List<String> list(Properties p, String key, String separator) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(separator)).map(String::strip).toList();
    }

    /** The report's body without its tables: from table 1's first block header to section 五. */
    private static String narrative(String text) {
        String body = text.substring(text.indexOf("正文 ===================="));
        int from = body.indexOf("第二十条第（一）项");
        int to = body.indexOf("五、", body.indexOf("结转下年度继续办理"));
        return from < 0 || to < 0 ? body : body.substring(0, from) + body.substring(to);
    }
}
