package org.nianbao.audit.ingest.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;

/** Test helpers: small pages written to files, elements parsed from snippets, the texts of a document. */
final class Pages {
    static final Path CORPUS_PAGE = Path.of("fixtures/corpus/html/pingtan-xingzheng-shenpi-ju-2025.html");
    static final Path SITE_PAGE = Path.of("fixtures/html/2021_site_page.html");
    static final Path SITE_PAGE_GBK = Path.of("fixtures/html/2021_site_page_gbk.html");
    static final Path WORD_2019 = Path.of("fixtures/html/2019_word_export.html");

    private Pages() {
    }

    static Document read(Path file) {
        return new HtmlSourceReader().read(file, file.toString());
    }

    /** Writes {@code html} as UTF-8 to {@code dir/name} and reads it. */
    static Document read(Path dir, String name, String html) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, html, StandardCharsets.UTF_8);
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole page around {@code body}, as a site would serve it. */
    static String page(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>" + body
                + "</body></html>";
    }

    /** The first element matching {@code css} in a body snippet. */
    static Element element(String bodyHtml, String css) {
        return Jsoup.parseBodyFragment(bodyHtml).selectFirst(css);
    }

    static List<String> texts(Document doc) {
        return doc.blocks().stream().filter(TextBlock.class::isInstance).map(b -> ((TextBlock) b).text()).toList();
    }

    static List<TableBlock> tables(Document doc) {
        return doc.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }

    /** A grid row as its texts, merged copies shown as "^". */
    static List<String> row(TableBlock table, int row) {
        return table.grid().rows().get(row).stream().map(c -> c.spanCopy() ? "^" : c.text()).toList();
    }

    static String all(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Block b : doc.blocks()) {
            if (b instanceof TextBlock t) {
                sb.append(t.text()).append('\n');
            } else if (b instanceof TableBlock t) {
                for (List<GridCell> r : t.grid().rows()) {
                    r.forEach(c -> sb.append(c.text()).append('|'));
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }
}
