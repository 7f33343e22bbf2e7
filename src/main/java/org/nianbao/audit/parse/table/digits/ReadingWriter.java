package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.audit.model.template.RowSpec;

/** Turns what was found for one printed unit into a reading per template row, with the reasoning in words. */
final class ReadingWriter {
    private ReadingWriter() {
    }

    static List<RowReading> readings(Unit u, GroupSolver.UnitResult result) {
        List<RowReading> out = new ArrayList<>();
        Shape shape = u.shape();
        String printed = u.printed().printed();
        for (int r = 0; r < shape.rows().size(); r++) {
            RowSpec spec = shape.rows().get(r);
            int from = shape.rowStart(r);
            int to = from + shape.rowCells(r);
            out.add(switch (u.state()) {
                case FIXED -> read(spec, RowReading.Status.AS_PRINTED, u.fixed().slice(from, to), printed, "");
                case FORCED -> u.asPrinted()
                        ? read(spec, RowReading.Status.AS_PRINTED, u.fixed().slice(from, to), printed, "")
                        : read(spec, RowReading.Status.RECONSTRUCTED, u.fixed().slice(from, to), printed,
                                withWhole(u, r, u.fixed(), DigitsMessages.forced(digits(u), shape.cells())));
                case FEWER -> new RowReading(spec.key(), RowReading.Status.FEWER_THAN_CELLS, printedPieces(u, from, to),
                        printed, DigitsMessages.fewer(capacity(u), shape.cells()), List.of(), 0);
                case UNSPLITTABLE -> unread(spec, RowReading.Status.UNSPLITTABLE, printed, DigitsMessages.unsplittable(shape.cells()));
                case TOO_MANY -> unread(spec, RowReading.Status.TOO_MANY, printed,
                        u.noReadingAddsUp() ? DigitsMessages.tooManyNoneAddsUp() : DigitsMessages.tooMany());
                case OPEN -> open(u, r, spec, from, to, printed, result);
            });
        }
        return out;
    }

    private static RowReading open(Unit u, int r, RowSpec spec, int from, int to, String printed,
                                   GroupSolver.UnitResult result) {
        List<List<String>> after = slices(result.supported(), from, to);
        List<List<String>> own = slices(u.own(), from, to);
        if (after.size() == 1 && own.size() == 1 && own.get(0).equals(after.get(0))) {
            // the row's own total alone leaves this reading, whatever the rest of the table does
            Split whole = u.own().size() == 1 ? u.own().get(0) : null;
            return read(spec, RowReading.Status.RECONSTRUCTED, after.get(0), printed, withWhole(u, r, whole, ownTotals(u)));
        }
        if (after.size() == 1) {
            Split whole = result.supported().size() == 1 ? result.supported().get(0) : null;
            return read(spec, RowReading.Status.RECONSTRUCTED, after.get(0), printed,
                    withWhole(u, r, whole, reason(u, from, to, result)));
        }
        boolean identities = u.hasTotals() || result.coupled();
        String reasoning = DigitsMessages.ambiguous(after.size(), after, identities,
                result.stage() == GroupSolver.Stage.ALL_BUT_ONE, result.stage() == GroupSolver.Stage.OWN_TOTALS);
        return new RowReading(spec.key(), RowReading.Status.AMBIGUOUS, List.of(), printed, reasoning,
                after.subList(0, Math.min(after.size(), GluedRowSolver.MAX_ALTERNATIVES_KEPT)), after.size());
    }

    private static String reason(Unit u, int from, int to, GroupSolver.UnitResult result) {
        int own = slices(u.own(), from, to).size();
        int before = slices(result.beforeHints(), from, to).size();
        List<String> inevitable = new ArrayList<>();
        for (Unit.LocalTotal t : u.inevitable()) {
            inevitable.add(t.identity().description());
        }
        String base = switch (result.stage()) {
            case OWN_TOTALS -> DigitsMessages.ownTotalOnly();
            case ALL_BUT_ONE -> {
                List<String> broken = new ArrayList<>();
                result.broken().forEach(id -> broken.add(id.description()));
                yield (inevitable.isEmpty() ? "" : DigitsMessages.noReadingKeeps(inevitable) + "；")
                        + DigitsMessages.allButOne(broken);
            }
            case ALL_HOLD -> {
                if (!inevitable.isEmpty()) {
                    yield DigitsMessages.noReadingKeeps(inevitable) + "；"
                            + (result.coupled() ? DigitsMessages.byColumns() : DigitsMessages.byRemainingTotals());
                }
                if (before > 1) {
                    yield "";
                }
                if (own == 1) {
                    yield ownTotals(u);
                }
                yield DigitsMessages.byTable(own);
            }
        };
        if (before > 1) {
            String narrative = DigitsMessages.byNarrative(before, u.hasTotals() || result.coupled(), result.hintQuotes());
            return base.isEmpty() ? narrative : base + "；" + narrative;
        }
        return base;
    }

    /** Why the unit's own totals leave one reading: its row's total, or the totals of the rows printed with it. */
    private static String ownTotals(Unit u) {
        if (!u.hasTotals()) {
            return DigitsMessages.byForm();
        }
        return u.shape().rows().size() > 1 ? DigitsMessages.byGroupTotals() : DigitsMessages.byOwnTotal();
    }

    /** For a row of a unit printed with other rows (table 3), the reading of the whole unit when it is known. */
    private static String withWhole(Unit u, int row, Split whole, String reasoning) {
        if (u.shape().rows().size() == 1 || whole == null) {
            return reasoning;
        }
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < u.shape().rows().size(); r++) {
            int from = u.shape().rowStart(r);
            parts.add(String.join("|", whole.slice(from, from + u.shape().rowCells(r))));
        }
        return DigitsMessages.wholeUnit(String.join(" / ", parts)) + "；" + reasoning;
    }

    private static List<List<String>> slices(List<Split> splits, int from, int to) {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Split s : splits) {
            seen.add(s.slice(from, to));
        }
        return new ArrayList<>(seen);
    }

    private static RowReading read(RowSpec spec, RowReading.Status status, List<String> cells, String printed,
                                   String reasoning) {
        return new RowReading(spec.key(), status, cells, printed, reasoning, List.of(), 0);
    }

    private static RowReading unread(RowSpec spec, RowReading.Status status, String printed, String reasoning) {
        return new RowReading(spec.key(), status, List.of(), printed, reasoning, List.of(), 0);
    }

    private static List<String> printedPieces(Unit u, int from, int to) {
        List<String> all = new ArrayList<>();
        for (Piece p : u.printed().pieces()) {
            all.add(p.isRun() ? p.printed() : p.text());
        }
        return all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
    }

    private static int digits(Unit u) {
        int n = 0;
        for (Piece p : u.printed().pieces()) {
            n += p.isRun() ? p.digits() : 1;
        }
        return n;
    }

    private static int capacity(Unit u) {
        return digits(u);
    }
}
