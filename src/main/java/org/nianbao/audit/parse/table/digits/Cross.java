package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column identity of the table (table 2's （七）总计 and 勾稽关系) as it bears on the open units of one group:
 * the settled cells folded into a constant, the open cells as terms.
 *
 * @param identity the template's identity
 * @param constant Σ coefficient × value of its settled cells
 * @param terms    open cells: unit (index within the group), cell, coefficient
 */
record Cross(Identity identity, long constant, List<int[]> terms) {
    /** The identity as a search constraint over the given domains (one list of readings per unit of the group). */
    JointSearch.Constraint constraint(int id, List<List<Split>> domains) {
        Map<Integer, List<int[]>> byUnit = new LinkedHashMap<>();
        for (int[] t : terms) {
            byUnit.computeIfAbsent(t[0], k -> new ArrayList<>()).add(t);
        }
        int[] units = new int[byUnit.size()];
        long[][] contribution = new long[byUnit.size()][];
        int i = 0;
        for (Map.Entry<Integer, List<int[]>> e : byUnit.entrySet()) {
            units[i] = e.getKey();
            List<Split> domain = domains.get(e.getKey());
            long[] c = new long[domain.size()];
            for (int k = 0; k < domain.size(); k++) {
                long sum = 0;
                for (int[] t : e.getValue()) {
                    long v = domain.get(k).counts()[t[1]];
                    if (v == CellSyntax.NO_COUNT) {
                        sum = CellSyntax.NO_COUNT;
                        break;
                    }
                    sum += t[2] * v;
                }
                c[k] = sum;
            }
            contribution[i++] = c;
        }
        return new JointSearch.Constraint(id, constant, units, contribution);
    }
}
