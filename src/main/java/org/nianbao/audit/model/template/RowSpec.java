package org.nianbao.audit.model.template;

import java.util.List;
import org.nianbao.audit.model.TableKind;

/**
 * A template row: canonical key (spec §h), exact label, the group or block it sits under
 * (e.g. "（三）不予公开" or "第二十条第（一）项"), known printed variants and its value columns.
 */
public record RowSpec(TableKind table, String key, String label, String group, List<String> variants,
                      List<ColumnSpec> columns) {
    public RowSpec {
        variants = List.copyOf(variants);
        columns = List.copyOf(columns);
    }

    public int cellCount() {
        return columns.size();
    }
}
