package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * What a document printed for one table row (or, with {@link #spanning(int)}, for several consecutive
 * template rows printed as one, like table 3's fifteen cells): its value text as pieces. White space always
 * separates cells; a run of digits between separators may hold several cells.
 */
public final class PrintedRow {
    /** Units a run may end with; longest first so "万元" wins over "元" (the same list as the cell reader's). */
    private static final List<String> UNITS = List.of("万元", "元", "件", "个", "项", "条", "次", "份", "笔");

    private final List<Piece> pieces;
    private final int rows;

    private PrintedRow(List<Piece> pieces, int rows) {
        this.pieces = List.copyOf(pieces);
        if (rows < 1) {
            throw new IllegalArgumentException("a printed row covers at least one template row");
        }
        this.rows = rows;
    }

    /**
     * Reads a row's raw value text as a flattened-text reader hands it over ("15130000154", "1400000 14",
     * "0 0 000002" without the next label's number): white space (ideographic and no-break spaces too)
     * separates pieces; a piece of number characters, optionally followed by a unit, is a run; anything
     * else ("/", "—", "未统计") is one cell.
     */
    public static PrintedRow parse(String valueText) {
        List<Piece> pieces = new ArrayList<>();
        String s = valueText == null ? "" : valueText;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Normalizer.isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !Normalizer.isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                pieces.add(piece(s.substring(start, i)));
            }
        }
        return new PrintedRow(pieces, 1);
    }

    /** One printed piece: a run (with its unit) when it is number characters, else one cell. */
    public static Piece piece(String printed) {
        String text = Normalizer.compact(printed);
        if (Piece.isRunText(text)) {
            return Piece.run(text);
        }
        for (String unit : UNITS) {
            if (text.length() > unit.length() && text.endsWith(unit)
                    && Piece.isRunText(text.substring(0, text.length() - unit.length()))) {
                return Piece.run(text.substring(0, text.length() - unit.length()), unit);
            }
        }
        return Piece.cell(printed);
    }

    /** A row from pieces the caller has already classified. */
    public static PrintedRow of(List<Piece> pieces) {
        return new PrintedRow(pieces, 1);
    }

    /** A row whose cells were printed separated: each entry is exactly one cell, blank included. */
    public static PrintedRow cells(List<String> raws) {
        List<Piece> pieces = new ArrayList<>(raws.size());
        for (String raw : raws) {
            pieces.add(Piece.cell(raw));
        }
        return new PrintedRow(pieces, 1);
    }

    /** The same pieces printed for {@code rows} consecutive template rows, starting at the row this is keyed by. */
    public PrintedRow spanning(int rows) {
        return new PrintedRow(pieces, rows);
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** How many consecutive template rows the pieces cover (1 unless {@link #spanning(int)}). */
    public int rows() {
        return rows;
    }

    /** True when some piece is a run, i.e. the cells may need separating. */
    public boolean hasRuns() {
        for (Piece p : pieces) {
            if (p.isRun()) {
                return true;
            }
        }
        return false;
    }

    /** The value text as printed, pieces separated by one space. */
    public String printed() {
        StringBuilder s = new StringBuilder();
        for (Piece p : pieces) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(p.isRun() ? p.printed() : p.text().strip());
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrintedRow other && other.rows == rows && other.pieces.equals(pieces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pieces, rows);
    }

    @Override
    public String toString() {
        return printed() + (rows > 1 ? " (" + rows + " rows)" : "");
    }
}
