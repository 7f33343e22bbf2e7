package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables drawn with borders. Borders that touch form one table; the distinct x of its vertical rulings
 * and y of its horizontal rulings cut it into a fine grid; neighbouring fine cells with no border between
 * them are one (merged) cell. Each glyph goes to the cell holding its centre. A frame around a single block
 * of text is not a table: its glyphs stay running text.
 */
final class LatticeStrategy implements TableStrategy {
    /** Border ends and crossings this close (points) meet; double-drawn borders are one. */
    static final double TOLERANCE = 2.5;

    @Override
    public String name() {
        return "lattice";
    }

    /** More borders than this on one page is a chart or a drawing, not tables: not worth quadratic time. */
    static final int MAX_RULINGS = 3000;

    @Override
    public List<PdfTable> find(PageContent page) {
        List<Ruling> rulings = merge(page.rulings());
        if (rulings.size() > MAX_RULINGS) {
            return List.of();
        }
        List<PdfTable> tables = new ArrayList<>();
        for (List<Ruling> component : components(rulings)) {
            PdfTable table = table(page, component);
            if (table != null) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparingDouble(PdfTable::top));
        return tables;
    }

    private PdfTable table(PageContent page, List<Ruling> component) {
        List<Double> xValues = new ArrayList<>();
        List<Double> yValues = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Ruling r : component) {
            (r.horizontal() ? yValues : xValues).add(r.position());
            if (r.horizontal()) {
                minX = Math.min(minX, r.from());
                maxX = Math.max(maxX, r.to());
            } else {
                minY = Math.min(minY, r.from());
                maxY = Math.max(maxY, r.to());
            }
        }
        // a table with open sides (no outer vertical or horizontal border) still ends where its lines end
        if (minX < Double.MAX_VALUE) {
            xValues.add(minX);
            xValues.add(maxX);
        }
        if (minY < Double.MAX_VALUE) {
            yValues.add(minY);
            yValues.add(maxY);
        }
        double[] xs = Positions.cluster(xValues, TOLERANCE);
        double[] ys = Positions.cluster(yValues, TOLERANCE);
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        if (rows < 1 || cols < 1 || rows * cols < 2) {
            return null;
        }
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !hasBorder(component, false, xs[c + 1], ys[r], ys[r + 1])) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !hasBorder(component, true, ys[r + 1], xs[c], xs[c + 1])) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        Map<Integer, int[]> boxes = new HashMap<>(); // root -> r0, c0, r1, c1
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                int[] box = boxes.computeIfAbsent(root, k -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1});
                box[0] = Math.min(box[0], r);
                box[1] = Math.min(box[1], c);
                box[2] = Math.max(box[2], r);
                box[3] = Math.max(box[3], c);
            }
        }
        Map<Integer, List<Glyph>> byCell = new HashMap<>();
        List<Glyph> claimed = new ArrayList<>();
        for (Glyph g : page.freeGlyphs()) {
            int c = Positions.band(xs, g.centerX());
            int r = Positions.band(ys, g.centerY());
            if (c < 0 || r < 0) {
                continue;
            }
            byCell.computeIfAbsent(find(parent, r * cols + c), k -> new ArrayList<>()).add(g);
            claimed.add(g);
        }
        List<PdfTable.Cell> cells = new ArrayList<>();
        int withText = 0;
        for (Map.Entry<Integer, int[]> e : boxes.entrySet()) {
            int[] b = e.getValue();
            String text = LineBuilder.cellText(page.page(), byCell.getOrDefault(e.getKey(), List.of())).strip();
            if (!text.isEmpty()) {
                withText++;
            }
            cells.add(new PdfTable.Cell(page.page(), xs[b[1]], xs[b[3] + 1], ys[b[0]], ys[b[2] + 1], text));
        }
        if (cells.size() < 2 || withText < 2) {
            return null; // a frame, an underline, a box around one paragraph
        }
        page.claim(claimed);
        return PdfTable.of(page.page(), name(), cells);
    }

    private static boolean hasBorder(List<Ruling> rulings, boolean horizontal, double position, double from, double to) {
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal && Math.abs(r.position() - position) <= TOLERANCE
                    && r.covers(from, to, TOLERANCE)) {
                return true;
            }
        }
        return false;
    }

    /** Collinear pieces of one border (drawn per cell, or twice) become one ruling. */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<Ruling> same = new ArrayList<>(rulings.stream().filter(r -> r.horizontal() == horizontal).toList());
            same.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
            List<Ruling> merged = new ArrayList<>();
            for (Ruling r : same) {
                boolean joined = false;
                for (int i = merged.size() - 1; i >= 0 && !joined; i--) {
                    Ruling m = merged.get(i);
                    if (r.position() - m.position() > 1.5) {
                        break;
                    }
                    if (r.from() <= m.to() + TOLERANCE && r.to() >= m.from() - TOLERANCE) {
                        merged.set(i, new Ruling(horizontal, (m.position() + r.position()) / 2,
                                Math.min(m.from(), r.from()), Math.max(m.to(), r.to())));
                        joined = true;
                    }
                }
                if (!joined) {
                    merged.add(r);
                }
            }
            out.addAll(merged);
        }
        return out;
    }

    /** Rulings that cross or touch, transitively: one table each. */
    private static List<List<Ruling>> components(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(rulings.get(i), rulings.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
        }
        return groups.values().stream()
                .filter(g -> g.stream().filter(Ruling::horizontal).count() >= 2
                        && g.stream().filter(r -> !r.horizontal()).count() >= 1)
                .toList();
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.position() - b.position()) <= TOLERANCE
                    && a.from() <= b.to() + TOLERANCE && b.from() <= a.to() + TOLERANCE;
        }
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return v.position() >= h.from() - TOLERANCE && v.position() <= h.to() + TOLERANCE
                && h.position() >= v.from() - TOLERANCE && h.position() <= v.to() + TOLERANCE;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
