package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates the ways a unit's printed pieces can be read as its cells: every run is cut into one or more
 * cells, every separated piece is one cell, and each cell must be well-formed for its column
 * ({@link CellSyntax}). With {@code totals}, only readings in which every row's 总计 equals the sum of its
 * parts are produced, and the search is pruned by that identity first: a row's total is not enumerated but
 * must be printed as the decimal string of its parts' sum, and in a unit's last row the lengths left for
 * the remaining parts and the total must still allow a total of at least the largest part and at most one
 * digit longer (fewer than ten addends, none with a leading zero). Bounded by a result limit and a node
 * budget; when either is reached, or a well-formed cell was too long to enumerate, the result says it is
 * incomplete and no caller may treat what it found as all there is.
 */
final class Splitter {
    /** @param nodes search nodes spent */
    record Result(List<Split> splits, boolean complete, long nodes) {
    }

    private final Piece[] pieces;
    private final Shape shape;
    private final boolean totals;
    private final int limit;
    private long budget;
    private final long initialBudget;
    private final int n;
    private final String[] cells;
    private final long[] counts;
    /** Pieces from index p on: the fewest cells they can hold (one each) and the most (one per digit). */
    private final int[] minCellsFrom;
    private final int[] maxCellsFrom;
    /** Digits of the runs from index p on, or -1 when a separated cell or a non-digit follows. */
    private final int[] digitsFrom;
    /** Per run, the digits from each offset to its end. */
    private final int[][] digitsAt;
    private final List<Split> out = new ArrayList<>();
    private boolean complete = true;
    private boolean stopped;
    /** The unit's last cell is the 总计 of its last row: that row can be searched total first. */
    private final boolean totalLast;
    /** The last row's total while its parts are searched, else -1; and its length in digits. */
    private long target = -1;
    private int targetLen;

    private Splitter(List<Piece> pieces, Shape shape, boolean totals, int limit, long budget) {
        this.pieces = pieces.toArray(new Piece[0]);
        this.shape = shape;
        this.totals = totals && shape.hasTotals();
        this.limit = limit;
        this.budget = budget;
        this.initialBudget = budget;
        this.n = shape.cells();
        this.cells = new String[n];
        this.counts = new long[n];
        int m = this.pieces.length;
        digitsAt = new int[m][];
        for (int p = 0; p < m; p++) {
            String text = this.pieces[p].text();
            digitsAt[p] = new int[text.length() + 1];
            for (int i = text.length() - 1; i >= 0; i--) {
                digitsAt[p][i] = digitsAt[p][i + 1] + (CellSyntax.isDigit(text.charAt(i)) ? 1 : 0);
            }
        }
        minCellsFrom = new int[m + 1];
        maxCellsFrom = new int[m + 1];
        digitsFrom = new int[m + 1];
        for (int p = m - 1; p >= 0; p--) {
            Piece piece = this.pieces[p];
            minCellsFrom[p] = minCellsFrom[p + 1] + 1;
            maxCellsFrom[p] = maxCellsFrom[p + 1] + (piece.isRun() ? piece.digits() : 1);
            boolean plainDigits = piece.isRun() && piece.digits() == piece.text().length();
            digitsFrom[p] = plainDigits && digitsFrom[p + 1] >= 0 ? digitsFrom[p + 1] + piece.digits() : -1;
        }
        this.totalLast = this.totals && n > 0 && shape.role(n - 1) == Shape.Role.TOTAL && shape.partsOfRow(n - 1) < 10;
    }

    /**
     * Every reading of the pieces as the shape's cells; when they are more than {@code limit} (counted first,
     * without enumerating), none and incomplete.
     */
    static Result all(List<Piece> pieces, Shape shape, int limit, long budget) {
        if (count(pieces, shape) > limit) {
            return new Result(List.of(), false, 0);
        }
        return new Splitter(pieces, shape, false, limit, budget).run();
    }

    /**
     * How many well-formed readings the pieces have, cells too long to enumerate included (saturating at
     * {@link Long#MAX_VALUE} / 2): a table of ways to fill the remaining cells from each position.
     */
    static long count(List<Piece> pieces, Shape shape) {
        int n = shape.cells();
        int m = pieces.size();
        // ways[p][off][c]: ways to read cells c.. from piece p at offset off
        long[][][] ways = new long[m + 1][][];
        ways[m] = new long[1][n + 1];
        ways[m][0][n] = 1;
        for (int p = m - 1; p >= 0; p--) {
            Piece piece = pieces.get(p);
            int len = piece.isRun() ? piece.text().length() : 1;
            ways[p] = new long[len + 1][n + 1];
            for (int off = len - 1; off >= 0; off--) {
                for (int c = n - 1; c >= 0; c--) {
                    long w = 0;
                    if (!piece.isRun()) {
                        w = ways[p + 1][0][c + 1];
                    } else {
                        for (int end = off + 1; end <= len; end++) {
                            if (CellSyntax.check(piece.text(), off, end, shape.kind(c)) == CellSyntax.Verdict.INVALID) {
                                continue;
                            }
                            long next = end == len ? ways[p + 1][0][c + 1] : ways[p][end][c + 1];
                            w = Math.min(Long.MAX_VALUE / 2, w + next);
                        }
                    }
                    ways[p][off][c] = w;
                }
            }
        }
        return m == 0 ? (n == 0 ? 1 : 0) : ways[0][0][0];
    }

    /** The readings in which every row with a 总计 column adds up (all readings when no row has one). */
    static Result satisfyingTotals(List<Piece> pieces, Shape shape, int limit, long budget) {
        return new Splitter(pieces, shape, true, limit, budget).run();
    }

    private Result run() {
        dfs(0, 0, 0, 0, 0, true);
        return new Result(List.copyOf(out), complete, initialBudget - Math.max(0, budget));
    }

    /**
     * @param p       current piece
     * @param off     offset inside a run piece
     * @param c       next cell
     * @param sum     sum of the current row's parts so far
     * @param maxLen  length of the current row's longest part so far
     * @param numeric false once a part of the current row has no count (the total then cannot be checked)
     */
    private void dfs(int p, int off, int c, long sum, int maxLen, boolean numeric) {
        if (stopped) {
            return;
        }
        if (--budget < 0) {
            complete = false;
            stopped = true;
            return;
        }
        if (c == n) {
            if (p == pieces.length) {
                emit();
            }
            return;
        }
        if (p == pieces.length || !cellsFit(p, off, n - c)) {
            return;
        }
        if (shape.startsRow(c)) {
            sum = 0;
            maxLen = 0;
            numeric = true;
        }
        Piece piece = pieces[p];
        if (!piece.isRun()) {
            separatedCell(p, c, sum, maxLen, numeric);
        } else if (totals && shape.role(c) == Shape.Role.TOTAL && numeric) {
            determinedTotal(p, off, c, sum);
        } else if (target < 0 && totalLast && shape.startsRow(c) && shape.inLastRow(c) && digitsFrom[p] >= 0) {
            lastRowByTotal(p, off, c);
        } else if (target >= 0) {
            partsToTarget(p, off, c, sum);
        } else {
            runCells(p, off, c, sum, maxLen, numeric);
        }
    }

    /**
     * The unit's last row, when its 总计 is the unit's last cell and only digits remain: each possible total
     * (a suffix of the last run) is fixed first, and the parts are searched as a sum to reach it.
     */
    private void lastRowByTotal(int p, int off, int c) {
        Piece last = pieces[pieces.length - 1];
        String text = last.text();
        int lastStart = p == pieces.length - 1 ? off : 0;
        for (int len = 1; len <= Math.min(CellSyntax.MAX_DIGITS + 1, text.length() - lastStart) && !stopped; len++) {
            int from = text.length() - len;
            if (len > 1 && text.charAt(from) == '0') {
                continue;
            }
            if (len > CellSyntax.MAX_DIGITS) {
                // longer than any count handled: a reading with it may exist (its longest part one digit shorter at
                // least) but is not enumerated
                if (digitsLeft(p, off) - len >= len - 1 + shape.partsOfRow(c) - 1) {
                    complete = false;
                }
                continue;
            }
            target = Long.parseLong(text.substring(from));
            targetLen = len;
            partsToTarget(p, off, c, 0);
        }
        target = -1;
        targetLen = 0;
    }

    /** A part of the last row when the total is fixed: at most what is left to reach it, the last part exactly that. */
    private void partsToTarget(int p, int off, int c, long sum) {
        Piece piece = pieces[p];
        String text = piece.text();
        if (shape.role(c) == Shape.Role.TOTAL) {
            // only the total's own digits are left, by construction of the parts below
            if (p == pieces.length - 1 && off == text.length() - targetLen && sum == target) {
                place(c, piece, text.length(), text.substring(off), target);
                dfs(p + 1, 0, c + 1, 0, 0, true);
            }
            return;
        }
        long rest = target - sum;
        int parts = partsAfter(c) + 1;
        int left = digitsLeft(p, off) - targetLen;
        if (parts == 1) {
            // the last part is what remains before the total, and must be exactly the rest of the sum
            String expected = Long.toString(rest);
            if (expected.length() > CellSyntax.MAX_DIGITS) {
                complete = false;
                return;
            }
            if (left == expected.length() && text.startsWith(expected, off) && off + left <= text.length()) {
                place(c, piece, off + left, expected, rest);
                next(p, off + left, c, target, 0, true);
            }
            return;
        }
        int restDigits = digits(rest);
        int maxLen = Math.min(Math.min(restDigits, left - (parts - 1)), text.length() - off);
        long v = 0;
        for (int len = 1; len <= maxLen && !stopped; len++) {
            int end = off + len;
            v = v * 10 + (text.charAt(end - 1) - '0');
            if (v > rest || (len > 1 && text.charAt(off) == '0')) {
                break;
            }
            long after = rest - v;
            int leftAfter = left - len;
            int partsLeft = parts - 1;
            // each later part is at most what is left to reach the total, and together they must reach it: the
            // longest can take all digits but one per other part, so their sum has at most one digit more
            if (after == 0 ? leftAfter != partsLeft
                    : leftAfter > partsLeft * digits(after) || digits(after) > leftAfter - partsLeft + 2) {
                continue;
            }
            place(c, piece, end, text.substring(off, end), v);
            next(p, end, c, sum + v, 0, true);
        }
    }

    /** Digits from piece {@code p}, offset {@code off}, to the end of the unit (runs of digits only). */
    private int digitsLeft(int p, int off) {
        return pieces[p].text().length() - off + digitsFrom[p + 1];
    }

    /** Whether what follows a cell ending at {@code end} of run {@code p} can hold exactly {@code left} cells. */
    private boolean restFits(int p, int end, int left) {
        if (end < pieces[p].text().length()) {
            return left > 0 && cellsFit(p, end, left);
        }
        return p + 1 == pieces.length ? left == 0 : cellsFit(p + 1, 0, left);
    }

    /** Whether the pieces left (the current run from {@code off}) can hold exactly {@code left} cells. */
    private boolean cellsFit(int p, int off, int left) {
        if (off == 0) {
            return left >= minCellsFrom[p] && left <= maxCellsFrom[p];
        }
        return left >= 1 + minCellsFrom[p + 1] && left <= digitsAt[p][off] + maxCellsFrom[p + 1];
    }

    private void separatedCell(int p, int c, long sum, int maxLen, boolean numeric) {
        String raw = pieces[p].text();
        long v = CellSyntax.countOfPrinted(raw);
        Shape.Role role = shape.role(c);
        if (totals && role == Shape.Role.TOTAL && numeric && v != CellSyntax.NO_COUNT && v != sum) {
            return;
        }
        cells[c] = raw;
        counts[c] = v;
        boolean part = role == Shape.Role.PART;
        dfs(p + 1, 0, c + 1, part && v != CellSyntax.NO_COUNT ? sum + v : sum, maxLen,
                numeric && (!part || v != CellSyntax.NO_COUNT));
    }

    /** A row's 总计 when its parts are known: the run must print exactly their sum here. */
    private void determinedTotal(int p, int off, int c, long sum) {
        Piece piece = pieces[p];
        String text = piece.text();
        String expected = Long.toString(sum);
        int end = off + expected.length();
        if (end > text.length() || !text.startsWith(expected, off)) {
            return;
        }
        place(c, piece, end, expected, sum);
        next(p, end, c, 0, 0, true);
    }

    private void runCells(int p, int off, int c, long sum, int maxLen, boolean numeric) {
        Piece piece = pieces[p];
        String text = piece.text();
        Shape.Role role = shape.role(c);
        boolean part = totals && role == Shape.Role.PART;
        boolean bounded = part && numeric && digitsFrom[p] >= 0;
        int partsAfter = part ? partsAfter(c) : 0;
        int cellsAfterRow = n - shape.rowStart(shape.rowOf(c)) - shape.rowCells(shape.rowOf(c));
        for (int end = off + 1; end <= text.length() && !stopped; end++) {
            CellSyntax.Verdict verdict = CellSyntax.check(text, off, end, shape.kind(c));
            if (verdict == CellSyntax.Verdict.INVALID || !restFits(p, end, n - c - 1)) {
                continue;
            }
            int len = end - off;
            if (bounded) {
                // the total is at least as long as the longest part and the sum so far; later rows need a digit a cell
                int left = text.length() - end + digitsFrom[p + 1];
                int newMax = Math.max(maxLen, len);
                int sumDigits = verdict == CellSyntax.Verdict.VALID
                        ? digits(sum + CellSyntax.count(text.substring(off, end))) : len;
                if (left < partsAfter + Math.max(newMax, sumDigits) + cellsAfterRow
                        || (shape.inLastRow(c) && !lengthsAllowTotal(left, partsAfter, newMax, sumDigits))) {
                    continue;
                }
            }
            if (verdict == CellSyntax.Verdict.TOO_LONG) {
                complete = false; // a cell this long may be part of a reading that is not enumerated
                continue;
            }
            String token = text.substring(off, end);
            long v = CellSyntax.count(token);
            place(c, piece, end, token, v);
            boolean counted = part && v != CellSyntax.NO_COUNT;
            next(p, end, c, counted ? sum + v : sum, part ? Math.max(maxLen, len) : maxLen,
                    numeric && (!part || v != CellSyntax.NO_COUNT));
        }
    }

    private void place(int c, Piece piece, int end, String token, long value) {
        cells[c] = end == piece.text().length() ? token + piece.unit() : token;
        counts[c] = value;
    }

    private void next(int p, int end, int c, long sum, int maxLen, boolean numeric) {
        if (end == pieces[p].text().length()) {
            dfs(p + 1, 0, c + 1, sum, maxLen, numeric);
        } else {
            dfs(p, end, c + 1, sum, maxLen, numeric);
        }
    }

    /** Parts of the cell's row that come after it. */
    private int partsAfter(int c) {
        int row = shape.rowOf(c);
        int end = shape.rowStart(row) + shape.rowCells(row);
        int k = 0;
        for (int i = c + 1; i < end; i++) {
            if (shape.role(i) == Shape.Role.PART) {
                k++;
            }
        }
        return k;
    }

    /**
     * Whether {@code left} digits can still hold {@code parts} more parts and a total, when the longest part
     * so far has {@code maxLen} digits and the parts so far sum to a number of {@code sumDigits} digits: the
     * total has at least as many digits as the longest part and the sum, and at most one more than the
     * longest part. Assumes the row's last cells are its parts and then its total, all in runs of digits.
     */
    static boolean lengthsAllowTotal(int left, int parts, int maxLen, int sumDigits) {
        // every remaining part no longer than the longest so far
        for (int total = Math.max(maxLen, sumDigits); total <= maxLen + 1; total++) {
            int rest = left - total;
            if (parts == 0 ? rest == 0 : rest >= parts && rest <= parts * maxLen) {
                return true;
            }
        }
        // or some remaining part longer than all so far, of m digits
        for (int m = maxLen + 1; parts > 0 && 2 * m + parts - 1 <= left; m++) {
            for (int total = Math.max(m, sumDigits); total <= m + 1; total++) {
                int rest = left - total;
                if (rest >= m + parts - 1 && rest <= parts * m) {
                    return true;
                }
            }
        }
        return false;
    }

    static int digits(long v) {
        int d = 1;
        for (long x = Math.abs(v); x >= 10; x /= 10) {
            d++;
        }
        return d;
    }

    private void emit() {
        if (out.size() == limit) {
            complete = false;
            stopped = true;
            return;
        }
        out.add(new Split(cells.clone(), counts.clone()));
    }
}
