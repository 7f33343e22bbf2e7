package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into lines in reading order and writes their text. Glyphs belong to one line when their
 * baselines lie within half a font size of each other: CJK fonts from Word and WPS often set their
 * baseline a point or two off the Latin font's on the same line, and fallback fonts report odd heights, so
 * only the baseline and the font size are trusted.
 */
final class LineBuilder {
    /** A gap wider than this many font sizes separates two segments (table columns). */
    private static final double SEGMENT_GAP = 1.2;
    /** Between two Latin letters or digits, a gap wider than this many font sizes is a word space. */
    private static final double LATIN_SPACE = 0.2;
    /** Between CJK characters only a visibly empty em is written as a space. */
    private static final double CJK_SPACE = 1.0;

    private LineBuilder() {
    }

    /** The glyphs' lines, top to bottom. */
    static List<PdfLine> lines(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double anchor = 0;
        double anchorSize = 0;
        for (Glyph g : sorted) {
            if (g.blank() && current.isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && g.baseline() - anchor > 0.5 * Math.min(anchorSize, g.size())) {
                groups.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                anchor = g.baseline();
                anchorSize = g.size();
            }
            if (!g.blank()) {
                anchorSize = Math.max(anchorSize, g.size());
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<PdfLine> lines = new ArrayList<>(groups.size());
        for (List<Glyph> group : groups) {
            PdfLine line = line(page, group);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** One line from glyphs known to share it; null when they are all blank. */
    static PdfLine line(int page, List<Glyph> group) {
        List<Glyph> row = new ArrayList<>(group);
        row.sort(Comparator.comparingDouble(Glyph::x));
        List<Glyph> ink = row.stream().filter(g -> !g.blank()).toList();
        if (ink.isEmpty()) {
            return null;
        }
        double size = ink.stream().mapToDouble(Glyph::size).max().orElse(10);
        double baseline = ink.stream().mapToDouble(Glyph::baseline).sorted().toArray()[ink.size() / 2];
        List<PdfLine.Segment> segments = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : row) {
            if (!g.blank() && previous != null && g.x() - previous.right() > SEGMENT_GAP * Math.max(g.size(), previous.size())) {
                segments.add(segment(run));
                run = new ArrayList<>();
            }
            run.add(g);
            if (!g.blank()) {
                previous = g;
            }
        }
        segments.add(segment(run));
        segments.removeIf(s -> s.text().isEmpty());
        StringBuilder text = new StringBuilder();
        for (PdfLine.Segment s : segments) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s.text());
        }
        return new PdfLine(page, ink, List.copyOf(segments), text.toString(), baseline, size,
                ink.get(0).x(), ink.stream().mapToDouble(Glyph::right).max().orElse(0), 0);
    }

    private static PdfLine.Segment segment(List<Glyph> run) {
        List<Glyph> ink = run.stream().filter(g -> !g.blank()).toList();
        if (ink.isEmpty()) {
            return new PdfLine.Segment("", 0, 0, List.of());
        }
        return new PdfLine.Segment(text(run), ink.get(0).x(), ink.stream().mapToDouble(Glyph::right).max().orElse(0),
                ink);
    }

    /**
     * The text of glyphs on one line, left to right: a space glyph in the file counts once; a gap is a space
     * between Latin words, and between CJK characters only when it is a visibly empty em.
     */
    static String text(List<Glyph> row) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        boolean pendingSpace = false;
        for (Glyph g : row) {
            if (g.blank()) {
                pendingSpace = previous != null;
                continue;
            }
            if (previous != null) {
                double gap = g.x() - previous.right();
                double em = Math.max(g.size(), previous.size());
                boolean latin = latin(previous.text()) && latin(g.text());
                if (pendingSpace || gap > (latin ? LATIN_SPACE : CJK_SPACE) * em) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            previous = g;
            pendingSpace = false;
        }
        return sb.toString();
    }

    /**
     * The text of a table cell: its glyphs' lines top to bottom, joined without a break. A label wrapped
     * inside its cell reads as one label, and a vertical label set one character per line ("三/、/本/年…")
     * reads "三、本年…". Latin words broken over two lines keep a space.
     */
    static String cellText(int page, List<Glyph> glyphs) {
        long turned = glyphs.stream().filter(Glyph::turned).count();
        if (turned * 2 > glyphs.size()) {
            return turnedText(glyphs);
        }
        StringBuilder sb = new StringBuilder();
        for (PdfLine line : lines(page, glyphs)) {
            String t = line.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && latin(sb.substring(sb.length() - 1)) && latin(t.substring(0, 1))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /**
     * A cell's text set with a vertical text direction: characters turned 90° read bottom to top, turned 270°
     * top to bottom; columns of them (a label wrapped in a narrow cell) read left to right for 270°, right to
     * left for 90°.
     */
    private static String turnedText(List<Glyph> glyphs) {
        boolean up = glyphs.stream().filter(g -> g.dir() == 90).count() * 2 > glyphs.size();
        List<Glyph> ink = new ArrayList<>(glyphs.stream().filter(g -> !g.blank()).toList());
        double size = ink.stream().mapToDouble(Glyph::size).max().orElse(10);
        Comparator<Glyph> column = Comparator.comparingDouble(g -> Math.round(g.x() / (size * 0.6)));
        Comparator<Glyph> along = Comparator.comparingDouble(Glyph::baseline);
        ink.sort(up ? column.reversed().thenComparing(along.reversed()) : column.thenComparing(along));
        StringBuilder sb = new StringBuilder();
        ink.forEach(g -> sb.append(g.text()));
        return sb.toString();
    }

    /** ASCII letters and digits: words of these need spaces between them, CJK text does not. */
    static boolean latin(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
