package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.ValueKind;

/**
 * The cells of one printed unit (one template row, or several printed as one) in order: each cell's value
 * kind and, for rows with a 总计 column, which cells are the parts and which the total of that row.
 */
final class Shape {
    enum Role {
        /** A cell of a row without a total column. */
        PLAIN,
        /** An addend of its row's 总计. */
        PART,
        /** The row's 总计: the sum of its parts. */
        TOTAL
    }

    private final List<RowSpec> rows;
    private final ValueKind[] kinds;
    private final Role[] roles;
    /** Index of the template row (within the unit) each cell belongs to. */
    private final int[] rowOf;
    /** First cell of each template row. */
    private final int[] rowStart;
    private final boolean totals;

    Shape(List<RowSpec> rows) {
        this.rows = List.copyOf(rows);
        List<ValueKind> k = new ArrayList<>();
        List<Role> r = new ArrayList<>();
        List<Integer> of = new ArrayList<>();
        rowStart = new int[rows.size()];
        boolean anyTotal = false;
        for (int i = 0; i < rows.size(); i++) {
            RowSpec spec = rows.get(i);
            rowStart[i] = k.size();
            int total = TableIdentities.totalColumn(spec);
            anyTotal |= total >= 0;
            for (int c = 0; c < spec.columns().size(); c++) {
                ColumnSpec col = spec.columns().get(c);
                k.add(col.valueKind());
                r.add(total < 0 ? Role.PLAIN : c == total ? Role.TOTAL : Role.PART);
                of.add(i);
            }
        }
        kinds = k.toArray(new ValueKind[0]);
        roles = r.toArray(new Role[0]);
        rowOf = of.stream().mapToInt(Integer::intValue).toArray();
        totals = anyTotal;
    }

    List<RowSpec> rows() {
        return rows;
    }

    int cells() {
        return kinds.length;
    }

    ValueKind kind(int cell) {
        return kinds[cell];
    }

    Role role(int cell) {
        return roles[cell];
    }

    int rowOf(int cell) {
        return rowOf[cell];
    }

    int rowStart(int row) {
        return rowStart[row];
    }

    int rowCells(int row) {
        return rows.get(row).cellCount();
    }

    /** True when some row of the unit has a 总计 column. */
    boolean hasTotals() {
        return totals;
    }

    /** True when the cell is the first of its template row. */
    boolean startsRow(int cell) {
        return cell == rowStart[rowOf[cell]];
    }

    /** True when the cell's row is the unit's last. */
    boolean inLastRow(int cell) {
        return rowOf[cell] == rows.size() - 1;
    }

    /** Number of parts of the cell's row (its addends). */
    int partsOfRow(int cell) {
        int row = rowOf[cell];
        int n = 0;
        for (int c = rowStart[row]; c < rowStart[row] + rowCells(row); c++) {
            if (roles[c] == Role.PART) {
                n++;
            }
        }
        return n;
    }
}
