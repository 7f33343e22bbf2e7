package org.nianbao.audit.model.template;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;

/**
 * The national report templates as the rules folder states them (rules/template/*.tsv): the six parts'
 * titles, and the rows and columns of the three tables in both formats, with exact labels in template order
 * (spec §a.4–a.6 for 〔2021〕30号, §b.3–b.5 for 〔2019〕60号) and the printed variants seen in real reports.
 * The parser reads documents with it and the rules receive its rows as facts, so both see one copy.
 */
public final class TemplateCatalog {
    private final Map<TemplateVersion, Map<TableKind, List<RowSpec>>> rows;
    private final Map<TemplateVersion, List<String>> markers;
    private final List<SectionSpec> sections;
    private final Map<TableKind, List<String>> headerWords;

    /** Every version must have rows for every table; the loader guarantees it. */
    public TemplateCatalog(Map<TemplateVersion, Map<TableKind, List<RowSpec>>> rows,
                           Map<TemplateVersion, List<String>> markers, List<SectionSpec> sections,
                           Map<TableKind, List<String>> headerWords) {
        Map<TemplateVersion, Map<TableKind, List<RowSpec>>> copy = new EnumMap<>(TemplateVersion.class);
        for (TemplateVersion v : TemplateVersion.values()) {
            Map<TableKind, List<RowSpec>> byTable = new EnumMap<>(TableKind.class);
            for (TableKind k : TableKind.values()) {
                List<RowSpec> r = rows.getOrDefault(v, Map.of()).getOrDefault(k, List.of());
                if (r.isEmpty()) {
                    throw new IllegalArgumentException("no rows for " + v + " " + k);
                }
                byTable.put(k, List.copyOf(r));
            }
            copy.put(v, byTable);
        }
        this.rows = copy;
        Map<TemplateVersion, List<String>> m = new EnumMap<>(TemplateVersion.class);
        for (TemplateVersion v : TemplateVersion.values()) {
            m.put(v, List.copyOf(markers.getOrDefault(v, List.of())));
        }
        this.markers = m;
        this.sections = List.copyOf(sections);
        Map<TableKind, List<String>> h = new EnumMap<>(TableKind.class);
        for (TableKind k : TableKind.values()) {
            h.put(k, List.copyOf(headerWords.getOrDefault(k, List.of())));
        }
        this.headerWords = h;
    }

    /** The rows of {@code table} in {@code version}, in template order. */
    public List<RowSpec> rows(TemplateVersion version, TableKind table) {
        return rows.get(version).get(table);
    }

    /** Table 2's applicant columns (自然人 … 总计), the same in both formats. */
    public List<ColumnSpec> applicantColumns() {
        return rows(TemplateVersion.V2021, TableKind.T2).get(0).columns();
    }

    /** Table 3's outcome columns (结果维持 … 总计), the same for its three blocks. */
    public List<ColumnSpec> outcomeColumns() {
        return rows(TemplateVersion.V2021, TableKind.T3).get(0).columns();
    }

    /** Labels that only {@code version}'s tables use (spec §b.7), in the template's own characters. */
    public List<String> markers(TemplateVersion version) {
        return markers.get(version);
    }

    /** Words a table's header prints that are no row, group or column label (信息内容, 申请人情况, 行政诉讼 …). */
    public List<String> headerWords(TableKind table) {
        return headerWords.get(table);
    }

    /** The six parts in order 1–6. */
    public List<SectionSpec> sections() {
        return sections;
    }
}
