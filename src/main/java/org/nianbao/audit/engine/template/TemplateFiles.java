package org.nianbao.audit.engine.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.SectionSpec;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.model.template.ValueKind;

/**
 * Reads the report template from the rules folder — {@code template/columns.tsv}, {@code rows.tsv},
 * {@code markers.tsv}, {@code sections.tsv} and {@code headers.tsv} — so that a rule author adds a label variant or a row
 * without a rebuild, and the parser and the rules read one copy. Every problem is reported with its file
 * and line; a catalogue is only built from files without problems.
 */
public final class TemplateFiles {
    public static final String COLUMNS = "template/columns.tsv";
    public static final String ROWS = "template/rows.tsv";
    public static final String MARKERS = "template/markers.tsv";
    public static final String SECTIONS = "template/sections.tsv";
    public static final String HEADERS = "template/headers.tsv";
    private static final int SECTION_COUNT = 6;

    private TemplateFiles() {
    }

    /** The catalogue (null when there are problems) and the problems of the template files. */
    public record Result(TemplateCatalog catalog, List<RuleDiagnostic> problems) {
    }

    /** The template of {@code source}; throws with every problem when a file is missing or invalid. */
    public static TemplateCatalog load(RulesSource source) {
        Result r = read(source.files());
        if (r.catalog() == null) {
            throw new TemplateFileException(source.describe(), r.problems());
        }
        return r.catalog();
    }

    /**
     * @param files the rules folder's files by relative path. A folder without any template file (a rule
     *              author's folder holding only DRL) reads with the template bundled in the jar; a folder
     *              with some of the files must have them all.
     */
    public static Result read(Map<String, String> files) {
        List<String> all = List.of(COLUMNS, ROWS, MARKERS, SECTIONS, HEADERS);
        if (all.stream().noneMatch(files::containsKey)) {
            return Bundled.RESULT;
        }
        List<RuleDiagnostic> problems = new ArrayList<>();
        for (String f : all) {
            if (!files.containsKey(f)) {
                problems.add(new RuleDiagnostic(f, 0, 0, null, TemplateMessages.missingFile(f)));
            }
        }
        Map<String, List<ColumnSpec>> sets = files.containsKey(COLUMNS) ? columns(files.get(COLUMNS), problems) : Map.of();
        Map<TemplateVersion, Map<TableKind, List<RowSpec>>> rows = files.containsKey(ROWS)
                ? rows(files.get(ROWS), sets, problems) : Map.of();
        Map<TemplateVersion, List<String>> markers = files.containsKey(MARKERS)
                ? markers(files.get(MARKERS), problems) : Map.of();
        List<SectionSpec> sections = files.containsKey(SECTIONS) ? sections(files.get(SECTIONS), problems) : List.of();
        Map<TableKind, List<String>> headers = files.containsKey(HEADERS) ? headers(files.get(HEADERS), problems) : Map.of();
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new TemplateCatalog(rows, markers, sections, headers), List.of());
    }

    /** The jar's own template, read once on first use (never when every rules folder brings its own). */
    private static final class Bundled {
        static final Result RESULT = readBundled();

        private static Result readBundled() {
            Map<String, String> files = RulesSource.bundled().files();
            if (List.of(COLUMNS, ROWS, MARKERS, SECTIONS, HEADERS).stream().noneMatch(files::containsKey)) {
                return new Result(null, List.of(new RuleDiagnostic(COLUMNS, 0, 0, null, TemplateMessages.missingFile(COLUMNS))));
            }
            return read(files);
        }
    }

    private static Map<String, List<ColumnSpec>> columns(String text, List<RuleDiagnostic> problems) {
        Map<String, List<ColumnSpec>> sets = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TsvRows.Row r : TsvRows.parse(COLUMNS, text, List.of("set", "key", "label", "kind", "variants"), problems).rows()) {
            if (!required(COLUMNS, r, new String[] {"列组", "列键", "标签", "取值种类"}, problems)) {
                continue;
            }
            ValueKind kind = valueKind(r.get(3));
            if (kind == null) {
                problems.add(at(COLUMNS, r, TemplateMessages.unknownValue("取值种类", r.get(3), kindNames())));
                continue;
            }
            Integer first = seen.putIfAbsent(r.get(0) + "\u0000" + r.get(1), r.line());
            if (first != null) {
                problems.add(at(COLUMNS, r, TemplateMessages.duplicate("列键", r.get(0) + " / " + r.get(1), first)));
                continue;
            }
            sets.computeIfAbsent(r.get(0), k -> new ArrayList<>())
                    .add(new ColumnSpec(r.get(1), r.get(2), kind, TsvRows.variants(r.get(4))));
        }
        return sets;
    }

    private static Map<TemplateVersion, Map<TableKind, List<RowSpec>>> rows(String text, Map<String, List<ColumnSpec>> sets,
                                                                         List<RuleDiagnostic> problems) {
        Map<TemplateVersion, Map<TableKind, List<RowSpec>>> out = new EnumMap<>(TemplateVersion.class);
        Map<String, Integer> seen = new HashMap<>();
        List<String> header = List.of("formats", "table", "key", "label", "group", "columns", "variants");
        for (TsvRows.Row r : TsvRows.parse(ROWS, text, header, problems).rows()) {
            if (!required(ROWS, r, new String[] {"格式", "表", "行键", "标签"}, problems)) {
                continue;
            }
            List<TemplateVersion> versions = versions(r, problems);
            TableKind table = table(r.get(1));
            if (table == null) {
                problems.add(at(ROWS, r, TemplateMessages.unknownValue("表", r.get(1), tableNames())));
                continue;
            }
            List<ColumnSpec> columns = sets.get(r.get(5));
            if (columns == null) {
                problems.add(at(ROWS, r, TemplateMessages.unknownValue("列组", r.get(5), sets.keySet())));
                continue;
            }
            String group = r.get(4).isEmpty() ? null : r.get(4);
            RowSpec spec = new RowSpec(table, r.get(2), r.get(3), group, TsvRows.variants(r.get(6)), columns);
            for (TemplateVersion v : versions) {
                Integer first = seen.putIfAbsent(v.label() + table + r.get(2), r.line());
                if (first != null) {
                    problems.add(at(ROWS, r, TemplateMessages.duplicate("行键", r.get(2), first)));
                    continue;
                }
                out.computeIfAbsent(v, x -> new EnumMap<>(TableKind.class)).computeIfAbsent(table, x -> new ArrayList<>()).add(spec);
            }
        }
        for (TemplateVersion v : TemplateVersion.values()) {
            for (TableKind k : TableKind.values()) {
                if (out.getOrDefault(v, Map.of()).getOrDefault(k, List.of()).isEmpty()) {
                    problems.add(new RuleDiagnostic(ROWS, 0, 0, null, TemplateMessages.noRows(ROWS, v.label(), k.name())));
                }
            }
        }
        return out;
    }

    private static Map<TemplateVersion, List<String>> markers(String text, List<RuleDiagnostic> problems) {
        Map<TemplateVersion, List<String>> out = new EnumMap<>(TemplateVersion.class);
        for (TsvRows.Row r : TsvRows.parse(MARKERS, text, List.of("format", "label"), problems).rows()) {
            if (!required(MARKERS, r, new String[] {"格式", "标签"}, problems)) {
                continue;
            }
            TemplateVersion v = version(r.get(0));
            if (v == null) {
                problems.add(at(MARKERS, r, TemplateMessages.unknownValue("格式", r.get(0), versionNames())));
                continue;
            }
            out.computeIfAbsent(v, x -> new ArrayList<>()).add(r.get(1));
        }
        return out;
    }

    private static Map<TableKind, List<String>> headers(String text, List<RuleDiagnostic> problems) {
        Map<TableKind, List<String>> out = new EnumMap<>(TableKind.class);
        for (TsvRows.Row r : TsvRows.parse(HEADERS, text, List.of("table", "word"), problems).rows()) {
            if (!required(HEADERS, r, new String[] {"表", "词"}, problems)) {
                continue;
            }
            TableKind table = table(r.get(0));
            if (table == null) {
                problems.add(at(HEADERS, r, TemplateMessages.unknownValue("表", r.get(0), tableNames())));
                continue;
            }
            out.computeIfAbsent(table, x -> new ArrayList<>()).add(r.get(1));
        }
        return out;
    }

    private static List<SectionSpec> sections(String text, List<RuleDiagnostic> problems) {
        Map<Integer, SectionSpec> byNumber = new TreeMap<>();
        Map<Integer, Integer> lines = new HashMap<>();
        for (TsvRows.Row r : TsvRows.parse(SECTIONS, text, List.of("number", "title", "variants"), problems).rows()) {
            if (!required(SECTIONS, r, new String[] {"部分序号", "标题"}, problems)) {
                continue;
            }
            int n = r.get(0).matches("[1-6]") ? Integer.parseInt(r.get(0)) : 0;
            if (n == 0) {
                problems.add(at(SECTIONS, r, TemplateMessages.sectionNumber(r.get(0))));
                continue;
            }
            Integer first = lines.putIfAbsent(n, r.line());
            if (first != null) {
                problems.add(at(SECTIONS, r, TemplateMessages.duplicate("部分序号", r.get(0), first)));
                continue;
            }
            byNumber.put(n, new SectionSpec(n, r.get(1), TsvRows.variants(r.get(2))));
        }
        for (int n = 1; n <= SECTION_COUNT; n++) {
            if (!byNumber.containsKey(n) && lines.get(n) == null) {
                problems.add(new RuleDiagnostic(SECTIONS, 0, 0, null, TemplateMessages.sectionMissing(n)));
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    private static boolean required(String file, TsvRows.Row r, String[] names, List<RuleDiagnostic> problems) {
        for (int i = 0; i < names.length; i++) {
            if (r.get(i).isEmpty()) {
                problems.add(at(file, r, TemplateMessages.empty(names[i])));
                return false;
            }
        }
        return true;
    }

    private static List<TemplateVersion> versions(TsvRows.Row r, List<RuleDiagnostic> problems) {
        List<TemplateVersion> out = new ArrayList<>();
        for (String part : r.get(0).split("[,，]")) {
            TemplateVersion v = version(part.strip());
            if (v == null) {
                problems.add(at(ROWS, r, TemplateMessages.unknownValue("格式", part.strip(), versionNames())));
            } else if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static TemplateVersion version(String label) {
        for (TemplateVersion v : TemplateVersion.values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        return null;
    }

    private static TableKind table(String name) {
        for (TableKind k : TableKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    private static ValueKind valueKind(String name) {
        for (ValueKind k : ValueKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
        }
        return null;
    }

    private static List<String> versionNames() {
        return Arrays.stream(TemplateVersion.values()).map(TemplateVersion::label).toList();
    }

    private static List<String> tableNames() {
        return Arrays.stream(TableKind.values()).map(Enum::name).toList();
    }

    private static List<String> kindNames() {
        return Arrays.stream(ValueKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static RuleDiagnostic at(String file, TsvRows.Row r, String message) {
        return new RuleDiagnostic(file, r.line(), 1, null, message);
    }
}
