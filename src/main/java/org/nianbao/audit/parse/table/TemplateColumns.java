package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;

/** The template column a row's n-th value cell belongs to; cells beyond the template keep their position. */
final class TemplateColumns {
    private TemplateColumns() {
    }

    static String key(RowSpec spec, int index) {
        List<ColumnSpec> columns = spec.columns();
        return index < columns.size() ? columns.get(index).key() : "extra" + (index + 1);
    }

    static String label(RowSpec spec, int index) {
        List<ColumnSpec> columns = spec.columns();
        return index < columns.size() ? columns.get(index).label() : TableMessages.extraColumn(index + 1);
    }
}
