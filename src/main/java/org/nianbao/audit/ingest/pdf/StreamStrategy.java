package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tables drawn without borders, found from the alignment of their text as Tabula's and Camelot's "stream"
 * mode does. A table is a run of lines in one font size and close together holding at least two rows
 * that end in a number; its columns are where the segments of those rows line up (a label wider than one
 * column does not merge two); every row that ends in numbers is a table row, a line close above or below
 * it without numbers is its label wrapped over lines, and header lines close together are one header row.
 * A first-column label set one character per line ("三/、/本/年/…") is one cell over the rows it spans.
 */
final class StreamStrategy implements TableStrategy {
    private static final Pattern VALUE = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?%?|[-—–－/]");
    /** Lines of one table are at most this many font sizes apart (baseline to baseline). */
    private static final double ROW_PITCH = 2.6;
    /** Lines closer than this many font sizes are one cell's text wrapped. */
    private static final double WRAP_PITCH = 1.6;
    /** A single-segment line of this many characters is a paragraph, not a table row. */
    private static final int PROSE = 28;

    @Override
    public String name() {
        return "stream";
    }

    @Override
    public List<PdfTable> find(PageContent page) {
        List<PdfLine> lines = page.freeLines();
        List<PdfTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!dataLine(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && close(lines.get(start - 1), lines.get(start), ROW_PITCH) && !prose(lines.get(start - 1))) {
                start--;
            }
            int end = i;
            while (end + 1 < lines.size() && !prose(lines.get(end + 1))
                    && close(lines.get(end), lines.get(end + 1), dataLineAfter(lines, end + 1)
                    || withinFirstColumn(lines.get(end + 1), lines.get(i)) ? ROW_PITCH : WRAP_PITCH)) {
                end++;
            }
            List<PdfLine> run = lines.subList(start, end + 1);
            PdfTable table = table(page.page(), run);
            if (table != null) {
                tables.add(table);
                List<Glyph> glyphs = new ArrayList<>();
                run.forEach(l -> glyphs.addAll(l.glyphs()));
                page.claim(glyphs);
                i = end + 1;
            } else {
                i++;
            }
        }
        return tables;
    }

    /** Whether a line that ends a number row follows within the table (then wide gaps still belong to it). */
    private static boolean dataLineAfter(List<PdfLine> lines, int from) {
        for (int k = from; k < lines.size() && k < from + 6; k++) {
            if (dataLine(lines.get(k))) {
                return true;
            }
            if (k > from && !close(lines.get(k - 1), lines.get(k), ROW_PITCH)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A line after the last number row that starts where the table's labels start and ends before its
     * numbers: a sub-heading row ("第二十条第（六）项") left at the foot of the page, not the text below.
     */
    private static boolean withinFirstColumn(PdfLine line, PdfLine data) {
        List<PdfLine.Segment> s = data.segments();
        return Math.abs(line.left() - data.left()) <= line.size() && line.right() < s.get(s.size() - 1).left();
    }

    static boolean dataLine(PdfLine line) {
        List<PdfLine.Segment> s = line.segments();
        return s.size() >= 2 && value(s.get(s.size() - 1).text()) && s.get(s.size() - 1).text().length() <= 16;
    }

    private static boolean value(String text) {
        return VALUE.matcher(text.strip()).matches();
    }

    private static boolean prose(PdfLine line) {
        return line.segments().size() == 1 && line.text().length() >= PROSE;
    }

    private static boolean close(PdfLine a, PdfLine b, double pitch) {
        return Math.abs(a.size() - b.size()) <= 1 && b.baseline() - a.baseline() <= pitch * Math.max(a.size(), b.size());
    }

    private PdfTable table(int page, List<PdfLine> run) {
        List<PdfLine> data = run.stream().filter(StreamStrategy::dataLine).toList();
        boolean oneWideRow = data.size() == 1 && data.get(0).segments().stream().filter(x -> value(x.text())).count() >= 3;
        if (data.size() < 2 && !oneWideRow) {
            return null;
        }
        List<double[]> columns = columns(data);
        if (columns.size() < 2 || !aligned(columns, data, run)) {
            return null;
        }
        List<List<PdfLine>> rows = rows(run);
        List<Map<Integer, Piece>> cells = new ArrayList<>();
        for (List<PdfLine> row : rows) {
            cells.add(cellsOf(row, columns));
        }
        double[] colEdges = edges(columns);
        double[] rowEdges = rowEdges(rows);
        List<PdfTable.Cell> out = new ArrayList<>();
        int body = 0;
        while (body < rows.size() && !hasData(rows.get(body))) {
            body++; // header words wrapped in narrow columns are not a vertical label
        }
        verticalLabel(cells, body, rowEdges, colEdges, page, out);
        for (int r = 0; r < rows.size(); r++) {
            for (Map.Entry<Integer, Piece> e : cells.get(r).entrySet()) {
                Piece p = e.getValue();
                out.add(new PdfTable.Cell(page, colEdges[e.getKey()], colEdges[p.lastColumn + 1], rowEdges[r], rowEdges[r + 1],
                        p.text.toString()));
            }
        }
        return PdfTable.of(page, name(), out);
    }

    /** A cell's text collected over the lines of its row, and the last column it spans. */
    private static final class Piece {
        final StringBuilder text = new StringBuilder();
        int lastColumn;
        /** The longest segment appended: a vertical label is made of one- or two-character segments. */
        int longest;

        Piece(int lastColumn) {
            this.lastColumn = lastColumn;
        }

        void append(String s) {
            longest = Math.max(longest, s.length());
            if (!text.isEmpty() && LineBuilder.latin(text.substring(text.length() - 1)) && LineBuilder.latin(s.substring(0, 1))) {
                text.append(' ');
            }
            text.append(s);
        }
    }

    /**
     * Column intervals from the rows that end in numbers, narrowest segments first: a segment that overlaps
     * two columns already seen spans them and does not make them one.
     */
    private static List<double[]> columns(List<PdfLine> data) {
        List<PdfLine.Segment> segments = new ArrayList<>();
        data.forEach(l -> segments.addAll(l.segments()));
        segments.sort(Comparator.comparingDouble(s -> s.right() - s.left()));
        List<double[]> columns = new ArrayList<>();
        for (PdfLine.Segment s : segments) {
            List<double[]> hit = columns.stream().filter(c -> s.left() < c[1] + 1 && s.right() > c[0] - 1).toList();
            if (hit.isEmpty()) {
                columns.add(new double[] {s.left(), s.right()});
            } else if (hit.size() == 1) {
                hit.get(0)[0] = Math.min(hit.get(0)[0], s.left());
                hit.get(0)[1] = Math.max(hit.get(0)[1], s.right());
            }
        }
        columns.sort(Comparator.comparingDouble(c -> c[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] c : columns) {
            if (!merged.isEmpty() && c[0] < merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], c[1]);
            } else {
                merged.add(c);
            }
        }
        return merged;
    }

    /**
     * Numbers of at least two rows stand in one column, or a single row of numbers (表三 has one) stands under
     * header words in two of its columns: the lines are a table, not two sentences that end in a number.
     */
    private static boolean aligned(List<double[]> columns, List<PdfLine> data, List<PdfLine> run) {
        int headed = 0;
        for (double[] c : columns) {
            int rows = 0;
            for (PdfLine l : data) {
                if (l.segments().stream().anyMatch(s -> value(s.text()) && s.left() < c[1] && s.right() > c[0])) {
                    rows++;
                }
            }
            if (rows >= 2) {
                return true;
            }
            boolean header = run.stream().filter(l -> !dataLine(l)).anyMatch(l -> l.segments().stream()
                    .anyMatch(s -> !value(s.text()) && s.left() < c[1] && s.right() > c[0]));
            if (rows == 1 && header) {
                headed++;
            }
        }
        return data.size() == 1 && headed >= 2;
    }

    /**
     * Lines into rows: each line ending in numbers is a row; a line without numbers joins the nearest row
     * within a wrap's distance (a label wrapped above or below its numbers), else it is a row of its own
     * (a header, a 第二十条 sub-heading).
     */
    private static List<List<PdfLine>> rows(List<PdfLine> run) {
        List<List<PdfLine>> rows = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            PdfLine line = run.get(i);
            if (dataLine(line)) {
                boolean glued = !rows.isEmpty() && !rows.get(rows.size() - 1).stream().anyMatch(StreamStrategy::dataLine)
                        && belongsBelow(rows.get(rows.size() - 1), line);
                if (glued) {
                    rows.get(rows.size() - 1).add(line);
                } else {
                    rows.add(new ArrayList<>(List.of(line)));
                }
                continue;
            }
            double wrap = WRAP_PITCH * line.size();
            double above = rows.isEmpty() ? Double.MAX_VALUE : line.baseline() - last(rows).baseline();
            PdfLine next = nextData(run, i);
            double below = next == null ? Double.MAX_VALUE : next.baseline() - line.baseline();
            if (above <= wrap && (above <= below || !rows.get(rows.size() - 1).stream().anyMatch(StreamStrategy::dataLine)
                    && !hasData(rows.get(rows.size() - 1)))) {
                rows.get(rows.size() - 1).add(line);
            } else {
                rows.add(new ArrayList<>(List.of(line)));
            }
        }
        return rows;
    }

    /** A row of label lines without numbers that was waiting for its numbers just below. */
    private static boolean belongsBelow(List<PdfLine> labelRow, PdfLine data) {
        PdfLine lastLine = labelRow.get(labelRow.size() - 1);
        return data.baseline() - lastLine.baseline() <= WRAP_PITCH * data.size()
                && labelRow.stream().allMatch(l -> l.left() < data.segments().get(data.segments().size() - 1).left());
    }

    private static boolean hasData(List<PdfLine> row) {
        return row.stream().anyMatch(StreamStrategy::dataLine);
    }

    private static PdfLine last(List<List<PdfLine>> rows) {
        List<PdfLine> row = rows.get(rows.size() - 1);
        return row.get(row.size() - 1);
    }

    private static PdfLine nextData(List<PdfLine> run, int i) {
        for (int k = i + 1; k < run.size(); k++) {
            if (dataLine(run.get(k))) {
                return run.get(k);
            }
        }
        return null;
    }

    /** The row's segments by the column they start in; a segment over several columns spans them. */
    private static Map<Integer, Piece> cellsOf(List<PdfLine> row, List<double[]> columns) {
        Map<Integer, Piece> cells = new LinkedHashMap<>();
        List<PdfLine> ordered = new ArrayList<>(row);
        ordered.sort(Comparator.comparingDouble(PdfLine::baseline));
        for (PdfLine line : ordered) {
            for (PdfLine.Segment s : line.segments()) {
                int first = -1;
                int lastCol = -1;
                for (int c = 0; c < columns.size(); c++) {
                    double overlap = Math.min(s.right(), columns.get(c)[1]) - Math.max(s.left(), columns.get(c)[0]);
                    if (overlap > 0) {
                        first = first < 0 ? c : first;
                        lastCol = c;
                    }
                }
                if (first < 0) {
                    first = nearest(columns, s.center());
                    lastCol = first;
                }
                Piece p = cells.get(first);
                if (p == null) {
                    p = new Piece(lastCol);
                    cells.put(first, p);
                }
                p.lastColumn = Math.max(p.lastColumn, lastCol);
                p.append(s.text());
            }
        }
        return cells;
    }

    private static int nearest(List<double[]> columns, double x) {
        int best = 0;
        double distance = Double.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            double d = x < columns.get(c)[0] ? columns.get(c)[0] - x : x > columns.get(c)[1] ? x - columns.get(c)[1] : 0;
            if (d < distance) {
                distance = d;
                best = c;
            }
        }
        return best;
    }

    /**
     * First-column cells of the table's body made of one- or two-character pieces, three characters or more
     * over consecutive rows with nothing else between them in that column: a label set vertically. They become one cell over those rows.
     */
    private static void verticalLabel(List<Map<Integer, Piece>> cells, int body, double[] rowEdges, double[] colEdges,
                                      int page, List<PdfTable.Cell> out) {
        int r = body;
        while (r < cells.size()) {
            if (!shortLabel(cells.get(r).get(0))) {
                r++;
                continue;
            }
            int end = r;
            int characters = 0;
            for (int k = r; k < cells.size(); k++) {
                Piece p = cells.get(k).get(0);
                if (p == null) {
                    continue;
                }
                if (!shortLabel(p)) {
                    break;
                }
                characters += p.text.length();
                end = k;
            }
            if (characters >= 3) {
                StringBuilder text = new StringBuilder();
                for (int k = r; k <= end; k++) {
                    Piece p = cells.get(k).remove(0);
                    if (p != null) {
                        text.append(p.text);
                    }
                }
                out.add(new PdfTable.Cell(page, colEdges[0], colEdges[1], rowEdges[r], rowEdges[end + 1], text.toString()));
            }
            r = end + 1;
        }
    }

    private static boolean shortLabel(Piece p) {
        return p != null && p.lastColumn == 0 && p.longest <= 2 && !p.text.isEmpty()
                && p.text.chars().noneMatch(Character::isDigit);
    }

    /** Column boundaries: the outer edges and the middle of each gap. */
    private static double[] edges(List<double[]> columns) {
        double[] e = new double[columns.size() + 1];
        e[0] = columns.get(0)[0];
        for (int c = 1; c < columns.size(); c++) {
            e[c] = (columns.get(c - 1)[1] + columns.get(c)[0]) / 2;
        }
        e[columns.size()] = columns.get(columns.size() - 1)[1];
        return e;
    }

    private static double[] rowEdges(List<List<PdfLine>> rows) {
        double[] top = new double[rows.size()];
        double[] bottom = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            top[r] = rows.get(r).stream().mapToDouble(PdfLine::top).min().orElse(0);
            bottom[r] = rows.get(r).stream().mapToDouble(PdfLine::bottom).max().orElse(0);
        }
        double[] e = new double[rows.size() + 1];
        e[0] = top[0];
        for (int r = 1; r < rows.size(); r++) {
            e[r] = Math.max(e[r - 1] + 0.5, (bottom[r - 1] + top[r]) / 2);
        }
        e[rows.size()] = Math.max(e[rows.size() - 1] + 0.5, bottom[rows.size() - 1]);
        return e;
    }
}
