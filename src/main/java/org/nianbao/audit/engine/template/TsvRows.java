package org.nianbao.audit.engine.template;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;

/**
 * A tab-separated data file of the rules folder: '#' lines and blank lines are comments, the first other
 * line names the columns, every further line is one record. Records keep their line so a problem points at
 * it; a line with the wrong number of fields is reported, not guessed at.
 */
public final class TsvRows {
    /** One record: its 1-based line and its fields (stripped), as many as the header has. */
    public record Row(int line, List<String> fields) {
        public String get(int i) {
            return fields.get(i);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    private TsvRows() {
    }

    /**
     * @param header the column names the file must start with, in this order
     */
    public static TsvRows parse(String file, String text, List<String> header, List<RuleDiagnostic> problems) {
        TsvRows out = new TsvRows();
        String[] lines = text.split("\n", -1);
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int at = line.indexOf('\ufffd');
            if (at >= 0) {
                problems.add(new RuleDiagnostic(file, i + 1, at + 1, null, TemplateMessages.notUtf8()));
                continue;
            }
            List<String> fields = split(line);
            if (!headerSeen) {
                headerSeen = true;
                if (!fields.equals(header)) {
                    problems.add(new RuleDiagnostic(file, i + 1, 1, null,
                            TemplateMessages.badHeader(String.join("\t", header))));
                    return out;
                }
                continue;
            }
            while (fields.size() < header.size() && fields.size() >= header.size() - 1) {
                fields.add(""); // an empty last field (no variants) may lose its tab in an editor
            }
            if (fields.size() != header.size()) {
                problems.add(new RuleDiagnostic(file, i + 1, 1, null,
                        TemplateMessages.fieldCount(header.size(), fields.size())));
                continue;
            }
            out.rows.add(new Row(i + 1, fields));
        }
        if (!headerSeen) {
            problems.add(new RuleDiagnostic(file, 1, 1, null, TemplateMessages.badHeader(String.join("\t", header))));
        }
        return out;
    }

    public List<Row> rows() {
        return rows;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                fields.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        return fields;
    }

    /** "a|b|c" → [a, b, c]; empty → []. Variants keep their inner spaces ("规    章"). */
    public static List<String> variants(String field) {
        List<String> out = new ArrayList<>();
        if (field.isEmpty()) {
            return out;
        }
        for (String v : field.split("\\|", -1)) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
