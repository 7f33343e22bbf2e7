package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds every choice of one reading per unit (a domain of candidate readings each) under which the
 * constraints hold, allowing at most {@code budget} of them to fail. Backtracking over the smallest domains
 * first; each constraint is a sum, so its bounds over the units not yet chosen prune as soon as they exclude
 * zero. A constraint a chosen reading cannot evaluate (a blank cell) is neither kept nor broken. Bounded by a
 * node budget and a solution cap; the result says when either was reached.
 */
final class JointSearch {
    /**
     * Σ contributions + constant = 0. {@code units[i]} is a domain index; {@code contribution[i][k]} is what
     * its k-th candidate adds, {@link CellSyntax#NO_COUNT} when that candidate cannot evaluate the constraint.
     */
    record Constraint(int id, long constant, int[] units, long[][] contribution) {
    }

    /** One choice per domain, and the ids of the constraints it breaks. */
    record Solution(int[] choice, int[] broken) {
    }

    record Result(List<Solution> solutions, boolean complete) {
    }

    private final int[] sizes;
    private final Constraint[] constraints;
    private final int budget;
    private final int maxSolutions;
    private long nodes;
    private final int[] order;
    /** Per domain: its constraints and its position in each. */
    private final int[][] constraintsOf;
    private final int[][] positionIn;
    private final boolean[] weak;
    private final long[][] min;
    private final long[][] max;
    private final long[] partial;
    private final long[] minLeft;
    private final long[] maxLeft;
    private final int[] unassigned;
    private final int[] neutral;
    private final int[] choice;
    private final List<Solution> out = new ArrayList<>();
    private boolean complete = true;

    private JointSearch(int[] sizes, List<Constraint> constraints, int budget, int maxSolutions, long nodes) {
        this.sizes = sizes.clone();
        this.constraints = constraints.toArray(new Constraint[0]);
        this.budget = budget;
        this.maxSolutions = maxSolutions;
        this.nodes = nodes;
        int d = sizes.length;
        order = IntStream.range(0, d).boxed()
                .sorted(Comparator.comparingInt((Integer u) -> sizes[u]).thenComparingInt(u -> u))
                .mapToInt(Integer::intValue).toArray();
        int m = this.constraints.length;
        List<List<int[]>> of = new ArrayList<>();
        for (int u = 0; u < d; u++) {
            of.add(new ArrayList<>());
        }
        weak = new boolean[m];
        min = new long[m][];
        max = new long[m][];
        partial = new long[m];
        minLeft = new long[m];
        maxLeft = new long[m];
        unassigned = new int[m];
        neutral = new int[m];
        for (int k = 0; k < m; k++) {
            Constraint c = this.constraints[k];
            partial[k] = c.constant();
            unassigned[k] = c.units().length;
            min[k] = new long[c.units().length];
            max[k] = new long[c.units().length];
            for (int i = 0; i < c.units().length; i++) {
                of.get(c.units()[i]).add(new int[] {k, i});
                long lo = Long.MAX_VALUE;
                long hi = Long.MIN_VALUE;
                for (long v : c.contribution()[i]) {
                    if (v == CellSyntax.NO_COUNT) {
                        weak[k] = true;
                    } else {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                min[k][i] = lo == Long.MAX_VALUE ? 0 : lo;
                max[k][i] = hi == Long.MIN_VALUE ? 0 : hi;
                minLeft[k] += min[k][i];
                maxLeft[k] += max[k][i];
            }
        }
        constraintsOf = new int[d][];
        positionIn = new int[d][];
        for (int u = 0; u < d; u++) {
            constraintsOf[u] = of.get(u).stream().mapToInt(a -> a[0]).toArray();
            positionIn[u] = of.get(u).stream().mapToInt(a -> a[1]).toArray();
        }
        choice = new int[d];
    }

    /**
     * @param sizes        candidates per domain
     * @param budget       how many constraints may fail
     * @param maxSolutions more solutions than this make the result incomplete
     * @param nodes        search nodes allowed
     */
    static Result search(int[] sizes, List<Constraint> constraints, int budget, int maxSolutions, long nodes) {
        JointSearch s = new JointSearch(sizes, constraints, budget, maxSolutions, nodes);
        for (int size : sizes) {
            if (size == 0) {
                return new Result(List.of(), true);
            }
        }
        s.assign(0);
        return new Result(List.copyOf(s.out), s.complete);
    }

    private void assign(int depth) {
        if (!complete) {
            return;
        }
        if (--nodes < 0) {
            complete = false;
            return;
        }
        if (brokenCount() > budget) {
            return;
        }
        if (depth == order.length) {
            if (out.size() == maxSolutions) {
                complete = false;
                return;
            }
            out.add(new Solution(choice.clone(), brokenIds()));
            return;
        }
        int u = order[depth];
        for (int k = 0; k < sizes[u] && complete; k++) {
            apply(u, k, 1);
            choice[u] = k;
            assign(depth + 1);
            apply(u, k, -1);
        }
    }

    /** Adds ({@code sign} 1) or removes (−1) candidate {@code k} of domain {@code u}. */
    private void apply(int u, int k, int sign) {
        int[] cs = constraintsOf[u];
        for (int j = 0; j < cs.length; j++) {
            int c = cs[j];
            int i = positionIn[u][j];
            long v = constraints[c].contribution()[i][k];
            if (v == CellSyntax.NO_COUNT) {
                neutral[c] += sign;
            } else {
                partial[c] += sign * v;
            }
            unassigned[c] -= sign;
            minLeft[c] -= sign * min[c][i];
            maxLeft[c] -= sign * max[c][i];
        }
    }

    /** Constraints already certain to fail: evaluated and unequal, or with bounds that exclude zero. */
    private int brokenCount() {
        int n = 0;
        for (int c = 0; c < constraints.length; c++) {
            if (fails(c)) {
                n++;
            }
        }
        return n;
    }

    private boolean fails(int c) {
        if (neutral[c] > 0) {
            return false;
        }
        if (unassigned[c] == 0) {
            return partial[c] != 0;
        }
        return !weak[c] && (partial[c] + minLeft[c] > 0 || partial[c] + maxLeft[c] < 0);
    }

    private int[] brokenIds() {
        int[] ids = new int[constraints.length];
        int n = 0;
        for (int c = 0; c < constraints.length; c++) {
            if (fails(c)) {
                ids[n++] = constraints[c].id();
            }
        }
        return Arrays.copyOf(ids, n);
    }
}
