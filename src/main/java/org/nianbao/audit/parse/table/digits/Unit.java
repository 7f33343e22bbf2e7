package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.template.RowSpec;

/**
 * One printed unit of a table (a row, or table 3's rows printed as one) and what its pieces allow on their
 * own: read as printed, forced by the digit count, open (several readings), or unusable.
 */
final class Unit {
    enum State {
        /** Separated cells, exactly the template's number: values as printed. */
        FIXED,
        /** Glued, but only one reading is well-formed. */
        FORCED,
        /** Several readings: {@link #domain()} holds those its own 总计 allow. */
        OPEN,
        /** Fewer pieces or digits than cells. */
        FEWER,
        /** No well-formed reading. */
        UNSPLITTABLE,
        /** Too many readings to enumerate. */
        TOO_MANY
    }

    /** A row total of the unit: cells [from, from + count) of which {@code total} is the 总计. */
    record LocalTotal(Identity identity, int from, int count, int total) {
        boolean holds(Split s) {
            long sum = 0;
            for (int c = from; c < from + count; c++) {
                long v = s.counts()[c];
                if (v == CellSyntax.NO_COUNT) {
                    return true; // a blank cannot break it
                }
                if (c != total) {
                    sum += v;
                }
            }
            return sum == s.counts()[total];
        }
    }

    private final int index;
    private final Shape shape;
    private final PrintedRow printed;
    private final List<LocalTotal> locals;
    private final Limits limits;
    private State state;
    private Split fixed;
    private boolean asPrinted;
    /** Readings its own totals allow (for OPEN units whose totals can hold). */
    private List<Split> own = List.of();
    private Splitter.Result all;
    private final List<LocalTotal> inevitable = new ArrayList<>();
    private List<Split> domain = List.of();
    /** No reading satisfies every total of the unit. */
    private boolean noReadingAddsUp;

    Unit(int index, List<RowSpec> rows, PrintedRow printed, List<Identity> identities, Limits limits) {
        this.index = index;
        this.shape = new Shape(rows);
        this.printed = printed;
        this.limits = limits;
        List<LocalTotal> l = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int total = TableIdentities.totalColumn(rows.get(r));
            if (total < 0) {
                continue;
            }
            for (Identity id : identities) {
                if (id.isRowTotal() && id.rowKey().equals(rows.get(r).key())) {
                    l.add(new LocalTotal(id, shape.rowStart(r), shape.rowCells(r), shape.rowStart(r) + total));
                }
            }
        }
        this.locals = List.copyOf(l);
        classify();
    }

    private void classify() {
        List<Piece> pieces = printed.pieces();
        int cells = shape.cells();
        if (!printed.hasRuns()) {
            if (pieces.size() == cells) {
                String[] raws = pieces.stream().map(Piece::text).toArray(String[]::new);
                long[] counts = new long[cells];
                for (int c = 0; c < cells; c++) {
                    counts[c] = CellSyntax.countOfPrinted(raws[c]);
                }
                fix(State.FIXED, new Split(raws, counts), true);
            } else {
                state = pieces.size() < cells ? State.FEWER : State.UNSPLITTABLE;
            }
            return;
        }
        long readings = Splitter.count(pieces, shape);
        if (readings == 0) {
            state = capacity() < cells ? State.FEWER : State.UNSPLITTABLE;
            return;
        }
        if (readings == 1) {
            Splitter.Result one = all();
            if (one.complete() && one.splits().size() == 1) {
                fix(State.FORCED, one.splits().get(0), pieces.size() == cells);
            } else {
                state = State.TOO_MANY; // its one reading has a cell longer than any count handled
            }
            return;
        }
        Splitter.Result totals = Splitter.satisfyingTotals(pieces, shape, limits.maxReadings(), limits.splitNodes());
        if (!totals.complete()) {
            state = State.TOO_MANY;
            return;
        }
        own = totals.splits();
        if (!own.isEmpty()) {
            state = State.OPEN;
            domain = own;
            return;
        }
        // no reading satisfies every total: those no reading can satisfy are the agency's, the rest still choose
        Splitter.Result every = all();
        if (!every.complete()) {
            state = State.TOO_MANY;
            noReadingAddsUp = true;
            return;
        }
        for (LocalTotal t : locals) {
            if (every.splits().stream().noneMatch(t::holds)) {
                inevitable.add(t);
            }
        }
        domain = withBroken(0);
        state = domain.isEmpty() ? State.UNSPLITTABLE : State.OPEN;
    }

    private void fix(State s, Split split, boolean printedAsIs) {
        state = s;
        fixed = split;
        asPrinted = printedAsIs;
        domain = List.of(split);
    }

    /** Every well-formed reading, enumerated once when first needed. */
    Splitter.Result all() {
        if (all == null) {
            all = Splitter.all(printed.pieces(), shape, limits.maxReadings(), limits.splitNodes());
        }
        return all;
    }

    /**
     * The readings that break exactly {@code broken} of the unit's totals, not counting those no reading
     * satisfies; null when the readings are too many to enumerate.
     */
    List<Split> withBroken(int broken) {
        Splitter.Result every = all();
        if (!every.complete()) {
            return null;
        }
        List<Split> out = new ArrayList<>();
        for (Split s : every.splits()) {
            int n = 0;
            for (LocalTotal t : locals) {
                if (!inevitable.contains(t) && !t.holds(s)) {
                    n++;
                }
            }
            if (n == broken) {
                out.add(s);
            }
        }
        return out;
    }

    /** The totals of the unit that a reading breaks (inevitable ones included). */
    List<Identity> brokenTotals(Split s) {
        List<Identity> out = new ArrayList<>();
        for (LocalTotal t : locals) {
            if (!t.holds(s)) {
                out.add(t.identity());
            }
        }
        return out;
    }

    private int capacity() {
        int n = 0;
        for (Piece p : printed.pieces()) {
            n += p.isRun() ? p.digits() : 1;
        }
        return n;
    }

    int index() {
        return index;
    }

    Shape shape() {
        return shape;
    }

    PrintedRow printed() {
        return printed;
    }

    State state() {
        return state;
    }

    /** The single reading of a FIXED or FORCED unit. */
    Split fixed() {
        return fixed;
    }

    /** True when each piece is exactly one cell. */
    boolean asPrinted() {
        return asPrinted;
    }

    /** True when the unit's cells are settled without any identity: as printed or forced. */
    boolean settled() {
        return state == State.FIXED || state == State.FORCED;
    }

    boolean open() {
        return state == State.OPEN;
    }

    /** Readings allowed by the unit's own totals, or all readings when those totals cannot hold at all. */
    List<Split> domain() {
        return domain;
    }

    /** Readings satisfying every total of the unit (empty when none does). */
    List<Split> own() {
        return own;
    }

    List<LocalTotal> inevitable() {
        return inevitable;
    }

    /** True when no reading satisfies every 总计 of the unit and the readings were too many to look further. */
    boolean noReadingAddsUp() {
        return noReadingAddsUp;
    }

    boolean hasTotals() {
        return !locals.isEmpty();
    }
}
