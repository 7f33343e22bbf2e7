package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.template.RowSpec;

/**
 * Separates glued table digits by the table's own arithmetic, never by guessing. Given a table's template
 * rows and what the document printed for each (see {@link PrintedRow}), it reads every row the way a careful
 * examiner would:
 * <ol>
 * <li>a run whose digit count leaves one well-formed split is read so (7 digits for 7 cells);</li>
 * <li>otherwise the splits are those satisfying the row's own 总计 (table 2, table 3), and rows coupled by
 * the column identities (table 2: （七）总计 = the outcome rows, 一 + 二 = 三（七） + 四) are solved jointly;
 * a row is read when all joint readings agree on it;</li>
 * <li>when no joint reading satisfies every identity, a reading under which all but one hold is taken if it
 * is the only one: the broken identity is the agency's error, and the rules judge it from that reading;</li>
 * <li>the narrative's numbers ({@link NarrativeHints}) break ties only;</li>
 * <li>anything else stays unread, with the readings that fit ({@link RowReading.Status#AMBIGUOUS}).</li>
 * </ol>
 * An identity used to choose a reading holds on it, so it can never accuse the agency on those cells; the
 * evidence of each reconstructed row says which identities chose it. Pure and thread-safe; bounded
 * ({@link Limits}) so that no input makes it slow.
 */
public final class GluedRowSolver {
    /** Alternatives a reading keeps at most. */
    public static final int MAX_ALTERNATIVES_KEPT = 20;

    private final Limits limits;

    public GluedRowSolver() {
        this(Limits.DEFAULT);
    }

    GluedRowSolver(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param rows    the table's template rows in template order (one table: 1, 2 or 3 of either format)
     * @param printed what was printed, by the key of the row it starts at; a row printed together with the next
     *                ones ({@link PrintedRow#spanning(int)}) covers them too; rows not printed are absent
     * @param hints   numbers the narrative states for single cells, or {@link NarrativeHints#none()}
     * @return a reading for every row covered by {@code printed}, in template order
     * @throws IllegalArgumentException when a key names no row, or printed rows overlap or run past the table
     */
    public Map<String, RowReading> solve(List<RowSpec> rows, Map<String, PrintedRow> printed, NarrativeHints hints) {
        List<Identity> identities = TableIdentities.of(rows);
        List<Unit> units = units(rows, printed, identities);
        Map<String, int[]> address = new HashMap<>();
        for (Unit u : units) {
            Shape shape = u.shape();
            for (int c = 0; c < shape.cells(); c++) {
                RowSpec spec = shape.rows().get(shape.rowOf(c));
                address.put(cellKey(spec.key(), spec.columns().get(c - shape.rowStart(shape.rowOf(c))).key()),
                        new int[] {u.index(), c});
            }
        }
        Map<Unit, GroupSolver.UnitResult> results = new HashMap<>();
        for (List<Unit> group : groups(units, identities, address)) {
            List<Cross> crosses = crosses(group, identities, units, address);
            List<GroupSolver.UnitResult> r = new GroupSolver(group, crosses, hints(group, hints, rows, address), limits).solve();
            for (int i = 0; i < group.size(); i++) {
                results.put(group.get(i), r.get(i));
            }
        }
        Map<String, RowReading> out = new LinkedHashMap<>();
        for (Unit u : units) {
            for (RowReading reading : ReadingWriter.readings(u, results.get(u))) {
                out.put(reading.rowKey(), reading);
            }
        }
        return out;
    }

    private List<Unit> units(List<RowSpec> rows, Map<String, PrintedRow> printed, List<Identity> identities) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).key(), i);
        }
        for (String key : printed.keySet()) {
            if (!index.containsKey(key)) {
                throw new IllegalArgumentException("no template row " + key);
            }
        }
        List<Unit> units = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < rows.size(); i++) {
            PrintedRow p = printed.get(rows.get(i).key());
            if (p == null) {
                continue;
            }
            if (i < covered || i + p.rows() > rows.size()) {
                throw new IllegalArgumentException("printed row " + rows.get(i).key() + " overlaps another or runs past the table");
            }
            units.add(new Unit(units.size(), rows.subList(i, i + p.rows()), p, identities, limits));
            covered = i + p.rows();
        }
        return units;
    }

    /** Open units coupled by a usable column identity form a group; an open unit coupled to none is its own. */
    private static List<List<Unit>> groups(List<Unit> units, List<Identity> identities, Map<String, int[]> address) {
        int[] parent = new int[units.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Identity id : identities) {
            if (id.isRowTotal() || !usable(id, units, address)) {
                continue;
            }
            int first = -1;
            for (Identity.Term t : id.terms()) {
                Unit u = units.get(address.get(cellKey(t.rowKey(), t.columnKey()))[0]);
                if (u.open()) {
                    first = first < 0 ? u.index() : union(parent, first, u.index());
                }
            }
        }
        Map<Integer, List<Unit>> byRoot = new LinkedHashMap<>();
        for (Unit u : units) {
            if (u.open()) {
                byRoot.computeIfAbsent(find(parent, u.index()), k -> new ArrayList<>()).add(u);
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    /** Every cell of the identity is printed in a unit that is settled with a number there, or open. */
    private static boolean usable(Identity id, List<Unit> units, Map<String, int[]> address) {
        for (Identity.Term t : id.terms()) {
            int[] at = address.get(cellKey(t.rowKey(), t.columnKey()));
            if (at == null) {
                return false;
            }
            Unit u = units.get(at[0]);
            boolean number = u.settled() && u.fixed().counts()[at[1]] != CellSyntax.NO_COUNT;
            if (!number && !u.open()) {
                return false;
            }
        }
        return true;
    }

    private static List<Cross> crosses(List<Unit> group, List<Identity> identities, List<Unit> units,
                                       Map<String, int[]> address) {
        Map<Unit, Integer> local = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            local.put(group.get(i), i);
        }
        List<Cross> out = new ArrayList<>();
        for (Identity id : identities) {
            if (id.isRowTotal() || !usable(id, units, address)) {
                continue;
            }
            long constant = 0;
            List<int[]> terms = new ArrayList<>();
            boolean mine = false;
            for (Identity.Term t : id.terms()) {
                int[] at = address.get(cellKey(t.rowKey(), t.columnKey()));
                Unit u = units.get(at[0]);
                if (u.open()) {
                    // every open unit of a usable identity was grouped with the others: it is in this group or none is
                    Integer i = local.get(u);
                    if (i == null) {
                        break;
                    }
                    mine = true;
                    terms.add(new int[] {i, at[1], t.coefficient()});
                } else {
                    constant += t.coefficient() * u.fixed().counts()[at[1]];
                }
            }
            if (mine) {
                out.add(new Cross(id, constant, terms));
            }
        }
        return out;
    }

    /** The hints that address a cell of this group's units, located there. */
    private static List<GroupSolver.LocatedHint> hints(List<Unit> group, NarrativeHints hints, List<RowSpec> rows,
                                                      Map<String, int[]> address) {
        List<GroupSolver.LocatedHint> out = new ArrayList<>();
        if (hints.isEmpty() || rows.isEmpty()) {
            return out;
        }
        for (NarrativeHints.Hint h : hints.forTable(rows.get(0).table())) {
            int[] at = address.get(cellKey(h.rowKey(), h.columnKey()));
            for (int i = 0; at != null && i < group.size(); i++) {
                if (group.get(i).index() == at[0]) {
                    out.add(new GroupSolver.LocatedHint(i, at[1], h));
                }
            }
        }
        return out;
    }

    private static String cellKey(String row, String column) {
        return row + '\u0000' + column;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        parent[rb] = ra;
        return ra;
    }
}
