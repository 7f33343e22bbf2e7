package org.nianbao.audit.history;

import java.math.BigDecimal;

/**
 * One table cell as a stored report keeps it: where it sits, what kind of value it holds, the number (null
 * unless {@code kind} is NUMBER) and the printed text.
 */
public record CellValue(String table, String row, String column, String kind, BigDecimal value, String raw) {
    /** "T2.R4.NP": how a cell is addressed across years. */
    public String address() {
        return table + "." + row + "." + column;
    }

    public boolean isNumber() {
        return value != null;
    }
}
