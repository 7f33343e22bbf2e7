package org.nianbao.audit.parse.table.digits;

import java.util.List;

/**
 * What the solver made of one template row's printed value text.
 *
 * @param rowKey           the template row
 * @param status           how far the row could be read
 * @param cells            the row's cells when {@link Status#AS_PRINTED}, {@link Status#RECONSTRUCTED} or
 *                         {@link Status#FEWER_THAN_CELLS} (then as printed, fewer than the template's); else empty
 * @param printed          the value text as printed (the whole unit for rows printed together, like table 3)
 * @param reasoning        why this is the only reading, or why there is none (Chinese, for evidence); "" when as printed
 * @param alternatives     for {@link Status#AMBIGUOUS}, the readings that fit, in a stable order (at most
 *                         {@link GluedRowSolver#MAX_ALTERNATIVES_KEPT})
 * @param alternativeCount how many readings fit in all (may exceed the list), 0 unless ambiguous
 */
public record RowReading(String rowKey, Status status, List<String> cells, String printed, String reasoning,
                         List<List<String>> alternatives, int alternativeCount) {
    public enum Status {
        /** Each piece is one cell: nothing had to be separated. */
        AS_PRINTED,
        /** Glued digits with exactly one reading left by the digit count, the table's arithmetic or the narrative. */
        RECONSTRUCTED,
        /** Several readings fit: the cells stay unread and must not be judged. */
        AMBIGUOUS,
        /** So many readings that they were not all enumerated: the cells stay unread. */
        TOO_MANY,
        /** Fewer digits or pieces than cells: the row printed fewer values, nothing was glued. */
        FEWER_THAN_CELLS,
        /** No well-formed reading exists (more pieces than cells, a leading zero, a misplaced sign). */
        UNSPLITTABLE
    }

    public RowReading {
        cells = List.copyOf(cells);
        alternatives = alternatives.stream().map(List::copyOf).toList();
        reasoning = reasoning == null ? "" : reasoning;
    }

    public boolean isReconstructed() {
        return status == Status.RECONSTRUCTED;
    }

    /** True when the row's cells are known: as printed or reconstructed. */
    public boolean isRead() {
        return status == Status.AS_PRINTED || status == Status.RECONSTRUCTED;
    }

    /** The run and the split, "15130000154 → 151|3|0|0|0|0|154", for a reconstructed row. */
    public String split() {
        return printed + " → " + String.join("|", cells);
    }

    /** The split with its reasoning: the evidence every reconstructed cell of the row carries. */
    public String evidence() {
        return status == Status.RECONSTRUCTED ? split() + "（" + reasoning + "）" : printed;
    }
}
