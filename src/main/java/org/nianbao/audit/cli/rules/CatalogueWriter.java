package org.nianbao.audit.cli.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.MarkdownEscaper;

/** The rule catalogue as text in one of the {@link CatalogueFormat}s; LF line ends, same rows → same bytes. */
final class CatalogueWriter {
    private static final List<String> CSV_HEADER = List.of("id", "title", "severity", "category", "basis", "file", "line");

    private CatalogueWriter() {
    }

    static String write(List<CatalogueRow> rows, CatalogueFormat format) {
        return switch (format) {
            case TABLE -> table(rows);
            case MD -> markdown(rows);
            case JSON -> json(rows);
            case CSV -> csv(rows);
        };
    }

    /** Aligned columns for a terminal; the long legal basis goes last so nothing has to be cut. */
    private static String table(List<CatalogueRow> rows) {
        List<String[]> cells = new ArrayList<>();
        List<String> h = WorkbenchMessages.CATALOGUE_HEADERS;
        cells.add(new String[] {h.get(0), h.get(2), h.get(3), h.get(1), h.get(5), h.get(4)});
        for (CatalogueRow r : rows) {
            cells.add(new String[] {r.id(), r.severity(), r.category(), oneLine(r.title()), r.location(), oneLine(r.basis())});
        }
        int[] widths = new int[6];
        for (String[] row : cells) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : cells) {
            for (int i = 0; i < row.length - 1; i++) {
                out.append(DisplayWidth.pad(row[i], widths[i])).append("  ");
            }
            out.append(row[row.length - 1]).append('\n');
        }
        return out.toString();
    }

    private static String markdown(List<CatalogueRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append('|');
        WorkbenchMessages.CATALOGUE_HEADERS.forEach(x -> out.append(' ').append(x).append(" |"));
        out.append("\n|").append("---|".repeat(WorkbenchMessages.CATALOGUE_HEADERS.size())).append('\n');
        for (CatalogueRow r : rows) {
            out.append("| ").append(md(r.id())).append(" | ").append(md(r.title())).append(" | ")
                    .append(md(r.severity())).append(" | ").append(md(r.category())).append(" | ")
                    .append(md(r.basis())).append(" | ").append(md(r.location())).append(" |\n");
        }
        return out.toString();
    }

    private static String json(List<CatalogueRow> rows) {
        ArrayNode array = JsonSupport.NODES.arrayNode();
        for (CatalogueRow r : rows) {
            ObjectNode o = array.addObject();
            o.put("id", r.id());
            o.put("title", r.title());
            o.put("severity", r.severity());
            o.put("category", r.category());
            o.put("basis", r.basis());
            o.put("file", r.file());
            o.put("line", r.line());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            JsonSupport.writePretty(array, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** RFC 4180: every field quoted, quotes doubled; line breaks inside a field stay inside its quotes. */
    private static String csv(List<CatalogueRow> rows) {
        StringBuilder out = new StringBuilder();
        csvLine(out, CSV_HEADER);
        for (CatalogueRow r : rows) {
            csvLine(out, List.of(r.id(), r.title(), r.severity(), r.category(), r.basis(), r.file(), Integer.toString(r.line())));
        }
        return out.toString();
    }

    private static void csvLine(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }

    private static String md(String text) {
        return MarkdownEscaper.escape(text);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
