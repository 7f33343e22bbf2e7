package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.ValueKind;

/**
 * The identities a table's template defines, derived from its rows and columns: a row whose columns
 * include 总计 sums its other columns (table 2's rows, table 3's three groups); in table 2, per column,
 * （七）总计 sums the outcome rows (keys R3_*) and 一 + 二 = 三（七） + 四 (keys R1, R2, R3_7, R4: the spec's
 * canonical keys, which the arithmetic rules use too). Table 1 defines none.
 */
final class TableIdentities {
    static final String TOTAL_LABEL = "总计";
    private static final String OUTCOME_TOTAL = "R3_7";
    private static final String OUTCOME_PREFIX = "R3_";

    private TableIdentities() {
    }

    /** Index of the row's 总计 column when all its columns are counts, else -1. */
    static int totalColumn(RowSpec spec) {
        int total = -1;
        List<ColumnSpec> columns = spec.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).valueKind() != ValueKind.COUNT) {
                return -1;
            }
            if (TOTAL_LABEL.equals(columns.get(c).label())) {
                total = c;
            }
        }
        return columns.size() > 1 ? total : -1;
    }

    static List<Identity> of(List<RowSpec> specs) {
        List<Identity> out = new ArrayList<>();
        for (RowSpec spec : specs) {
            int total = totalColumn(spec);
            if (total < 0) {
                continue;
            }
            List<Identity.Term> terms = new ArrayList<>();
            for (int c = 0; c < spec.columns().size(); c++) {
                terms.add(new Identity.Term(spec.key(), spec.columns().get(c).key(), c == total ? 1 : -1));
            }
            out.add(new Identity(Identity.Kind.ROW_TOTAL, spec.key(), null, terms,
                    DigitsMessages.rowTotal(spec.label())));
        }
        Map<String, RowSpec> byKey = specs.stream().collect(Collectors.toMap(RowSpec::key, Function.identity(), (a, b) -> a));
        RowSpec outcomeTotal = byKey.get(OUTCOME_TOTAL);
        if (outcomeTotal == null) {
            return out;
        }
        for (ColumnSpec column : outcomeTotal.columns()) {
            List<Identity.Term> terms = new ArrayList<>();
            terms.add(new Identity.Term(OUTCOME_TOTAL, column.key(), 1));
            for (RowSpec spec : specs) {
                if (spec.key().startsWith(OUTCOME_PREFIX) && !spec.key().equals(OUTCOME_TOTAL)) {
                    terms.add(new Identity.Term(spec.key(), column.key(), -1));
                }
            }
            out.add(new Identity(Identity.Kind.OUTCOME_TOTAL, null, column.key(), terms,
                    DigitsMessages.outcomeTotal(column.label())));
        }
        if (byKey.containsKey("R1") && byKey.containsKey("R2") && byKey.containsKey("R4")) {
            for (ColumnSpec column : outcomeTotal.columns()) {
                out.add(new Identity(Identity.Kind.BALANCE, null, column.key(), List.of(
                        new Identity.Term("R1", column.key(), 1), new Identity.Term("R2", column.key(), 1),
                        new Identity.Term(OUTCOME_TOTAL, column.key(), -1), new Identity.Term("R4", column.key(), -1)),
                        DigitsMessages.balance(column.label())));
            }
        }
        return out;
    }
}
