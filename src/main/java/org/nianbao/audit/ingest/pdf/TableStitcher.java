package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a table continued over a page break into one table: when a page ends with a table and the next
 * page begins with one of the same width, the second part's rows continue the first's. A header row the
 * word processor repeats on the new page is dropped, and a label cell cut by the page break ("（四）无" at
 * the foot of one page, "法提供" at the head of the next) is one cell again.
 */
final class TableStitcher {
    /** Two parts whose outer edges differ by less than this (points) are one table's. */
    private static final double SAME_EDGE = 6;
    private static final double TOLERANCE = LatticeStrategy.TOLERANCE;
    /** A label that starts a new row: "（一）", "一、", "1.", "2、", "第二十条". */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*([（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+[、.．]|\\d+\\s*[.、．]|第[一二三四五六七八九十]+[条项]).*");
    private static final Pattern VALUE = Pattern.compile("[\\d\\s.,，%-]*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private TableStitcher() {
    }

    /** The document's items in reading order, continued tables joined. */
    static List<PageItem> stitch(List<PageLayout> pages) {
        List<PageItem> out = new ArrayList<>();
        for (PageLayout page : pages) {
            List<PageItem> items = page.items();
            for (int i = 0; i < items.size(); i++) {
                PageItem item = items.get(i);
                if (i == 0 && item instanceof PdfTable next && !out.isEmpty()
                        && out.get(out.size() - 1) instanceof PdfTable previous
                        && previous.page() != next.page() && continues(previous, next)) {
                    out.set(out.size() - 1, join(previous, next));
                    continue;
                }
                out.add(item);
            }
        }
        return out;
    }

    private static boolean continues(PdfTable previous, PdfTable next) {
        double lastBottom = previous.cells().stream().mapToDouble(PdfTable.Cell::bottom).max().orElse(0);
        int lastPage = previous.cells().stream().filter(c -> c.bottom() >= lastBottom - TOLERANCE)
                .mapToInt(PdfTable.Cell::page).max().orElse(previous.page());
        return lastPage == next.page() - 1
                && Math.abs(previous.left() - next.left()) <= SAME_EDGE
                && Math.abs(previous.right() - next.right()) <= SAME_EDGE;
    }

    private static PdfTable join(PdfTable first, PdfTable second) {
        double offset = first.bottom() - second.top();
        List<PdfTable.Cell> cells = new ArrayList<>(first.cells());
        double[] edges = edges(first);
        boolean lattice = first.strategy().equals("lattice") && second.strategy().equals("lattice");
        List<PdfTable.Cell> incoming = new ArrayList<>();
        for (PdfTable.Cell c : second.cells()) {
            PdfTable.Cell moved = c.shifted(offset);
            incoming.add(new PdfTable.Cell(moved.page(), snap(edges, moved.left(), lattice), snap(edges, moved.right(), lattice),
                    moved.top(), moved.bottom(), moved.text()));
        }
        incoming = dropRepeatedHeader(first, incoming);
        double seam = first.bottom();
        List<PdfTable.Cell> continued = new ArrayList<>();
        for (PdfTable.Cell c : incoming) {
            int above = c.top() <= seam + TOLERANCE && (c.text().isEmpty() || spansRows(c, incoming))
                    ? cutCell(cells, c, seam) : -1;
            if (above < 0) {
                continued.add(c);
                continue;
            }
            PdfTable.Cell upper = cells.get(above);
            cells.set(above, upper.withText(upper.text() + c.text()).withBottom(c.bottom()));
        }
        cells.addAll(continued);
        return PdfTable.of(first.page(), first.strategy(), cells);
    }

    private static double[] edges(PdfTable table) {
        List<Double> x = new ArrayList<>();
        table.cells().forEach(c -> {
            x.add(c.left());
            x.add(c.right());
        });
        return Positions.cluster(x, TOLERANCE);
    }

    /**
     * The first part's column edge an edge of the continuation stands for. Ruled parts differ by a border's
     * width; a part without borders has its column edges where its own text leaves gaps, so an edge up to
     * almost half a column away is still the same edge.
     */
    private static double snap(double[] edges, double x, boolean lattice) {
        int k = Positions.nearest(edges, x, Double.MAX_VALUE);
        if (k < 0) {
            return x;
        }
        double column = Double.MAX_VALUE;
        if (k > 0) {
            column = edges[k] - edges[k - 1];
        }
        if (k + 1 < edges.length) {
            column = Math.min(column, edges[k + 1] - edges[k]);
        }
        double allowed = lattice ? SAME_EDGE : Math.max(SAME_EDGE, 0.45 * column);
        return Math.abs(edges[k] - x) <= allowed ? edges[k] : x;
    }

    /**
     * The cell of the first part that {@code lower} continues: same columns, touching the seam, a label
     * (not a value), and {@code lower} either empty or the rest of the label (not a numbered label of its own).
     */
    private static int cutCell(List<PdfTable.Cell> cells, PdfTable.Cell lower, double seam) {
        if (!lower.text().isEmpty() && (VALUE.matcher(lower.text()).matches() || NUMBERED.matcher(lower.text()).matches())) {
            return -1;
        }
        for (int i = 0; i < cells.size(); i++) {
            PdfTable.Cell c = cells.get(i);
            if (Math.abs(c.bottom() - seam) <= TOLERANCE && Math.abs(c.left() - lower.left()) <= TOLERANCE
                    && Math.abs(c.right() - lower.right()) <= TOLERANCE && HAN.matcher(c.text()).find()
                    && !VALUE.matcher(c.text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether other cells start inside {@code cell}'s height: a group label that spans rows. Only such a
     * label (or an empty cell) continues one cut at the foot of the page before; a one-row cell there is a
     * row of its own ("信息内容" under "第二十条第（六）项").
     */
    private static boolean spansRows(PdfTable.Cell cell, List<PdfTable.Cell> cells) {
        for (PdfTable.Cell c : cells) {
            if (c.top() > cell.top() + TOLERANCE && c.top() < cell.bottom() - TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** Rows at the top of the continuation that repeat the table's first rows word for word. */
    private static List<PdfTable.Cell> dropRepeatedHeader(PdfTable first, List<PdfTable.Cell> incoming) {
        List<List<PdfTable.Cell>> headRows = rows(first.cells());
        List<List<PdfTable.Cell>> newRows = rows(incoming);
        int same = 0;
        while (same < Math.min(3, Math.min(headRows.size(), newRows.size()))
                && texts(headRows.get(same)).equals(texts(newRows.get(same)))
                && !texts(newRows.get(same)).isBlank()) {
            same++;
        }
        if (same == 0 || same == newRows.size()) {
            return incoming;
        }
        List<PdfTable.Cell> kept = new ArrayList<>();
        for (int r = same; r < newRows.size(); r++) {
            kept.addAll(newRows.get(r));
        }
        double gap = newRows.get(same).get(0).top() - newRows.get(0).get(0).top();
        List<PdfTable.Cell> shifted = new ArrayList<>(kept.size());
        for (PdfTable.Cell c : kept) {
            shifted.add(c.shifted(-gap));
        }
        return shifted;
    }

    /** Cells grouped by their top edge, top to bottom. */
    private static List<List<PdfTable.Cell>> rows(List<PdfTable.Cell> cells) {
        List<PdfTable.Cell> sorted = new ArrayList<>(cells);
        sorted.sort((a, b) -> a.top() != b.top() ? Double.compare(a.top(), b.top()) : Double.compare(a.left(), b.left()));
        List<List<PdfTable.Cell>> rows = new ArrayList<>();
        for (PdfTable.Cell c : sorted) {
            if (rows.isEmpty() || c.top() - rows.get(rows.size() - 1).get(0).top() > TOLERANCE) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(c);
        }
        return rows;
    }

    private static String texts(List<PdfTable.Cell> row) {
        StringBuilder sb = new StringBuilder();
        for (PdfTable.Cell c : row) {
            sb.append(c.text().replaceAll("\\s+", "")).append('|');
        }
        return sb.toString();
    }
}
