package org.nianbao.audit.parse.table.digits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.ValueKind;

/** Random tables whose template identities all hold, and the ways a crawler flattens them. */
final class RandomTables {
    private final Random random;

    RandomTables(Random random) {
        this.random = random;
    }

    /** A count as offices print them: mostly 0, often one digit, sometimes two to four. */
    long count() {
        int r = random.nextInt(100);
        if (r < 55) {
            return 0;
        }
        if (r < 80) {
            return 1 + random.nextInt(9);
        }
        if (r < 95) {
            return 10 + random.nextInt(90);
        }
        return 100 + random.nextInt(9900);
    }

    /** Table 2: outcome rows at random, （七） their column sums, 四 and 二 small, 一 what the balance leaves. */
    Map<String, List<String>> table2(List<RowSpec> specs) {
        int cols = 6;
        Map<String, long[]> rows = new LinkedHashMap<>();
        long[] r37 = new long[cols];
        for (RowSpec s : specs) {
            if (s.key().startsWith("R3_") && !s.key().equals("R3_7")) {
                long[] v = new long[cols];
                for (int c = 0; c < cols; c++) {
                    v[c] = random.nextInt(3) == 0 ? count() : 0;
                    r37[c] += v[c];
                }
                rows.put(s.key(), v);
            }
        }
        long[] r2 = new long[cols];
        long[] r4 = new long[cols];
        long[] r1 = new long[cols];
        for (int c = 0; c < cols; c++) {
            r4[c] = random.nextInt(4) == 0 ? count() : 0;
            long room = r37[c] + r4[c];
            r2[c] = room == 0 || random.nextInt(3) > 0 ? 0 : random.nextLong(room + 1);
            r1[c] = room - r2[c];
        }
        rows.put("R1", r1);
        rows.put("R2", r2);
        rows.put("R3_7", r37);
        rows.put("R4", r4);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (RowSpec s : specs) {
            out.put(s.key(), withTotal(rows.get(s.key())));
        }
        return out;
    }

    /** Table 3: each group's four outcomes at random and their 总计. */
    Map<String, List<String>> table3(List<RowSpec> specs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (RowSpec s : specs) {
            long[] v = new long[4];
            for (int c = 0; c < 4; c++) {
                v[c] = random.nextInt(2) == 0 ? count() : 0;
            }
            out.put(s.key(), withTotal(v));
        }
        return out;
    }

    /** Table 1: counts, signed changes ("+3", "-2", "5"), amounts with or without decimals. */
    Map<String, List<String>> table1(List<RowSpec> specs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (RowSpec s : specs) {
            List<String> cells = new ArrayList<>();
            for (ColumnSpec c : s.columns()) {
                cells.add(value(c.valueKind()));
            }
            out.put(s.key(), cells);
        }
        return out;
    }

    private String value(ValueKind kind) {
        return switch (kind) {
            case COUNT -> Long.toString(count());
            case SIGNED_COUNT -> {
                long v = count();
                yield v == 0 ? "0" : (random.nextBoolean() ? "-" : random.nextBoolean() ? "+" : "") + v;
            }
            case AMOUNT, AMOUNT_WAN -> random.nextBoolean() ? Long.toString(count())
                    : new BigDecimal(count() * 100 + 1 + random.nextInt(99)).movePointLeft(2).stripTrailingZeros().toPlainString();
        };
    }

    private static List<String> withTotal(long[] parts) {
        List<String> cells = new ArrayList<>();
        long sum = 0;
        for (long v : parts) {
            cells.add(Long.toString(v));
            sum += v;
        }
        cells.add(Long.toString(sum));
        return cells;
    }

    /**
     * The cells as a crawler prints them: glued with no separator, with a single space at random boundaries, or
     * (now and then) every cell separated.
     */
    PrintedRow flatten(List<String> cells) {
        int style = random.nextInt(10);
        if (style == 0) {
            return PrintedRow.cells(cells);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0 && style >= 6 && random.nextInt(3) == 0) {
                s.append(' ');
            }
            s.append(cells.get(i));
        }
        return PrintedRow.parse(s.toString());
    }

    /** Some of the true cells, stated as a narrative would: hints that agree with the table. */
    NarrativeHints hints(TableKind table, List<RowSpec> specs, Map<String, List<String>> cells) {
        List<NarrativeHints.Hint> hints = new ArrayList<>();
        for (RowSpec s : specs) {
            for (int c = 0; c < s.cellCount(); c++) {
                if (random.nextInt(4) == 0) {
                    BigDecimal v = CellSyntax.decimal(cells.get(s.key()).get(c));
                    hints.add(new NarrativeHints.Hint(table, s.key(), s.columns().get(c).key(), v, "正文", 1));
                }
            }
        }
        return NarrativeHints.of(hints);
    }
}
