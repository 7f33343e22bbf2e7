package org.nianbao.audit.parse.table.digits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one group of open units coupled by column identities (or a single unit): first the readings under
 * which every identity holds; when there are none, those under which all but one hold (the agency's single
 * slip: one column identity, or one unit's own total); when that fails too, each unit's own total alone.
 * Among several joint readings, the narrative's numbers break ties.
 */
final class GroupSolver {
    enum Stage {
        /** Every identity holds. */
        ALL_HOLD,
        /** All but one identity hold. */
        ALL_BUT_ONE,
        /** The identities cannot be satisfied with at most one exception: only each unit's own totals choose. */
        OWN_TOTALS
    }

    /** A hint located on a cell of one unit of the group. */
    record LocatedHint(int unit, int cell, NarrativeHints.Hint hint) {
    }

    /** One joint reading: a reading per unit, and the identities it breaks. */
    private record Joint(Split[] splits, List<Identity> broken) {
    }

    /** What the group's search left for one unit. */
    record UnitResult(Stage stage, List<Split> beforeHints, List<Split> supported, List<Identity> broken,
                      List<String> hintQuotes, boolean coupled) {
    }

    private final List<Unit> units;
    private final List<Cross> crosses;
    private final List<LocatedHint> hints;
    private final Limits limits;

    GroupSolver(List<Unit> units, List<Cross> crosses, List<LocatedHint> hints, Limits limits) {
        this.units = units;
        this.crosses = crosses;
        this.hints = hints;
        this.limits = limits;
    }

    List<UnitResult> solve() {
        List<List<Split>> domains = new ArrayList<>();
        for (Unit u : units) {
            domains.add(u.domain());
        }
        Found level0 = search(domains, 0);
        if (level0.complete && !level0.joints.isEmpty()) {
            return results(Stage.ALL_HOLD, level0.joints);
        }
        if (level0.complete) {
            Found level1 = allButOne(domains);
            if (level1.complete && !level1.joints.isEmpty()) {
                return results(Stage.ALL_BUT_ONE, level1.joints);
            }
        }
        return ownTotals();
    }

    private record Found(List<Joint> joints, boolean complete) {
    }

    /** Readings breaking exactly one identity: a column identity, or one unit's own total. */
    private Found allButOne(List<List<Split>> domains) {
        List<Joint> joints = new ArrayList<>();
        boolean complete = true;
        if (!crosses.isEmpty()) {
            Found f = search(domains, 1);
            joints.addAll(f.joints);
            complete = f.complete;
        }
        for (int j = 0; j < units.size() && complete; j++) {
            Unit u = units.get(j);
            if (!u.hasTotals()) {
                continue;
            }
            List<Split> breaking = u.withBroken(1);
            if (breaking == null) {
                complete = false;
                break;
            }
            if (breaking.isEmpty()) {
                continue;
            }
            List<List<Split>> d = new ArrayList<>(domains);
            d.set(j, breaking);
            Found f = search(d, 0);
            complete = f.complete;
            for (Joint joint : f.joints) {
                List<Identity> broken = new ArrayList<>(joint.broken);
                for (Identity id : u.brokenTotals(joint.splits[j])) {
                    if (u.inevitable().stream().noneMatch(t -> t.identity() == id)) {
                        broken.add(id);
                    }
                }
                joints.add(new Joint(joint.splits, broken));
            }
        }
        return new Found(joints, complete && joints.size() <= limits.maxSolutions());
    }

    private Found search(List<List<Split>> domains, int budget) {
        int[] sizes = domains.stream().mapToInt(List::size).toArray();
        List<JointSearch.Constraint> constraints = new ArrayList<>();
        for (int k = 0; k < crosses.size(); k++) {
            constraints.add(crosses.get(k).constraint(k, domains));
        }
        JointSearch.Result r = JointSearch.search(sizes, constraints, budget, limits.maxSolutions(), limits.searchNodes());
        List<Joint> joints = new ArrayList<>(r.solutions().size());
        for (JointSearch.Solution s : r.solutions()) {
            Split[] splits = new Split[units.size()];
            for (int u = 0; u < splits.length; u++) {
                splits[u] = domains.get(u).get(s.choice()[u]);
            }
            List<Identity> broken = new ArrayList<>();
            for (int id : s.broken()) {
                broken.add(crosses.get(id).identity());
            }
            joints.add(new Joint(splits, broken));
        }
        return new Found(joints, r.complete());
    }

    private List<UnitResult> results(Stage stage, List<Joint> joints) {
        List<List<Split>> before = supported(joints);
        List<Joint> chosen = joints;
        List<List<String>> quotes = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            quotes.add(new ArrayList<>());
        }
        if (before.stream().anyMatch(s -> s.size() > 1)) {
            for (LocatedHint h : hints) {
                List<Joint> agreeing = chosen.stream().filter(j -> agrees(j.splits[h.unit()], h)).toList();
                if (!agreeing.isEmpty() && agreeing.size() < chosen.size()) {
                    List<List<Split>> was = supported(chosen);
                    chosen = agreeing;
                    List<List<Split>> now = supported(chosen);
                    for (int u = 0; u < units.size(); u++) {
                        if (now.get(u).size() < was.get(u).size()) {
                            quotes.get(u).add(h.hint().quote());
                        }
                    }
                }
            }
        }
        List<List<Split>> after = supported(chosen);
        Set<Identity> broken = new LinkedHashSet<>();
        for (Joint j : chosen) {
            broken.addAll(j.broken);
        }
        List<UnitResult> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            out.add(new UnitResult(stage, before.get(u), after.get(u), List.copyOf(broken), List.copyOf(quotes.get(u)),
                    !crosses.isEmpty()));
        }
        return out;
    }

    private List<UnitResult> ownTotals() {
        List<UnitResult> out = new ArrayList<>();
        for (Unit u : units) {
            List<Split> readings = u.own().isEmpty() ? u.domain() : u.own();
            out.add(new UnitResult(Stage.OWN_TOTALS, readings, readings, List.of(), List.of(), !crosses.isEmpty()));
        }
        return out;
    }

    private static boolean agrees(Split s, LocatedHint h) {
        BigDecimal v = CellSyntax.decimal(s.cells()[h.cell()]);
        return v != null && v.compareTo(h.hint().value()) == 0;
    }

    /** Per unit, the distinct readings the joints use, in order of first use. */
    private List<List<Split>> supported(List<Joint> joints) {
        List<List<Split>> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Set<Split> seen = new LinkedHashSet<>();
            for (Joint j : joints) {
                seen.add(j.splits[u]);
            }
            out.add(List.copyOf(seen));
        }
        return out;
    }
}
