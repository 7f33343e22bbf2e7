package org.nianbao.audit.parse.table.digits;

import java.util.List;

/**
 * One arithmetic identity the template defines over a table's cells: Σ coefficient × cell = 0.
 *
 * @param kind        what it says
 * @param rowKey      the row of a row total, else null
 * @param columnKey   the column of a column identity, else null
 * @param terms       cells with coefficient +1 or −1
 * @param description Chinese statement of the identity, for evidence
 */
record Identity(Kind kind, String rowKey, String columnKey, List<Term> terms, String description) {
    enum Kind {
        /** A row's 总计 equals the sum of its other cells (table 2's applicants, table 3's outcomes). */
        ROW_TOTAL,
        /** Table 2, per column: （七）总计 equals the sum of the outcome rows. */
        OUTCOME_TOTAL,
        /** Table 2, per column: 一 + 二 = 三（七） + 四 (the table's own 勾稽关系). */
        BALANCE
    }

    record Term(String rowKey, String columnKey, int coefficient) {
    }

    Identity {
        terms = List.copyOf(terms);
    }

    boolean isRowTotal() {
        return kind == Kind.ROW_TOTAL;
    }
}
