package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;

/**
 * Where a table that could not be located is nevertheless printed: one of its own labels, which nothing but
 * that table prints (表一's block headers and column words, 表二's 本年新收 / 上年结转 / 结转下年度 rows, 表三's
 * 未经复议直接起诉 / 复议后起诉), anywhere in the text. Such a table is not missing from the report; the parser
 * could not read it. Labels come from the template catalogue.
 */
final class TableTraces {
    private static final Set<String> T2_ROWS = Set.of("R1", "R2", "R4");
    private static final Set<String> T3_ROWS = Set.of("LD", "LR");
    private final Map<TableKind, List<String>> markers;

    TableTraces(TemplateCatalog template) {
        this.markers = markers(template);
    }

    /** The first token that prints a label only {@code kind} has, if any. */
    Optional<Token> find(TableKind kind, List<Token> tokens) {
        List<String> markers = this.markers.get(kind);
        for (Token t : tokens) {
            for (String m : markers) {
                if (t.key().contains(m)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<TableKind, List<String>> markers(TemplateCatalog template) {
        Map<TableKind, List<String>> out = new EnumMap<>(TableKind.class);
        Set<String> t1 = new LinkedHashSet<>();
        Set<String> t2 = new LinkedHashSet<>();
        Set<String> t3 = new LinkedHashSet<>();
        for (TemplateVersion v : TemplateVersion.values()) {
            for (RowSpec row : template.rows(v, TableKind.T1)) {
                t1.add(LabelKey.of(row.group()));
            }
            template.markers(v).forEach(m -> t1.add(LabelKey.of(m)));
            for (RowSpec row : template.rows(v, TableKind.T2)) {
                if (T2_ROWS.contains(row.key())) {
                    t2.add(UnnumberedLabel.withoutNumber(LabelKey.of(row.label())));
                }
            }
            for (RowSpec row : template.rows(v, TableKind.T3)) {
                if (T3_ROWS.contains(row.key())) {
                    t3.add(LabelKey.of(row.label()));
                }
            }
        }
        // the version markers include table 2 wording (逾期不补正): only table 1's own words trace table 1
        Set<String> t2Labels = new LinkedHashSet<>();
        for (TemplateVersion v : TemplateVersion.values()) {
            template.rows(v, TableKind.T2).forEach(r -> t2Labels.add(LabelKey.of(r.label())));
        }
        t1.removeIf(m -> t2Labels.stream().anyMatch(l -> l.contains(m)));
        out.put(TableKind.T1, new ArrayList<>(t1));
        out.put(TableKind.T2, new ArrayList<>(t2));
        out.put(TableKind.T3, new ArrayList<>(t3));
        return out;
    }
}
