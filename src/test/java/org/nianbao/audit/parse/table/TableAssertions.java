package org.nianbao.audit.parse.table;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.LabelDeviation;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;

/** Read-only views of a parse result that tests compare. */
final class TableAssertions {
    private TableAssertions() {
    }

    /** Every cell as "T2.R1.NP" → "12" (numbers as plain strings, other kinds by name). */
    static Map<String, String> matrix(TableParseResult result) {
        Map<String, String> m = new TreeMap<>();
        for (StatTable t : result.tables()) {
            for (TableRow r : t.getRows()) {
                for (Cell c : r.getCells()) {
                    m.put(t.getKind() + "." + r.getKey() + "." + c.getColumnKey(),
                            c.isNumber() ? c.getValue().toPlainString() : c.getKind().name());
                }
            }
        }
        return m;
    }

    static StatTable table(TableParseResult result, TableKind kind) {
        return result.tables().stream().filter(t -> t.getKind() == kind).findFirst().orElseThrow();
    }

    static List<String> values(TableParseResult result, TableKind kind, String row) {
        return table(result, kind).row(row).orElseThrow().getCells().stream()
                .map(c -> c.isNumber() ? c.getValue().toPlainString() : c.getKind().name()).toList();
    }

    static List<ParseProblem> problems(TableParseResult result, ProblemCode code) {
        return result.problems().stream().filter(p -> p.getCode() == code).toList();
    }

    static List<String> deviations(StatTable table) {
        return table.getLabelDeviations().stream().map(TableAssertions::describe).toList();
    }

    static String describe(LabelDeviation d) {
        return (d.isColumn() ? "col:" : "row:") + d.getKey() + "=" + d.getFound().strip() + "/" + d.getMatch();
    }
}
