package org.nianbao.audit.parse.table.digits;

import java.util.Arrays;
import java.util.List;

/**
 * One way of reading a printed unit as cells: each cell's text (a unit such as "元" stays with the last cell
 * of its run) and its integer value, {@link CellSyntax#NO_COUNT} where it has none.
 */
record Split(String[] cells, long[] counts) {
    List<String> asList() {
        return List.of(cells);
    }

    /** The cells of one template row of the unit. */
    List<String> slice(int from, int to) {
        return List.of(cells).subList(from, to);
    }

    boolean sameSlice(Split other, int from, int to) {
        return Arrays.equals(cells, from, to, other.cells, from, to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && Arrays.equals(cells, s.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return String.join("|", cells);
    }
}
