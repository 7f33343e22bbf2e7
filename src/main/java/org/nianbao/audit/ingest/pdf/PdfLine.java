package org.nianbao.audit.ingest.pdf;

import java.util.List;

/**
 * A line of text on a page: glyphs sharing a baseline, left to right, split into segments where a wide
 * horizontal gap separates them (the columns of a table drawn without borders).
 */
record PdfLine(int page, List<Glyph> glyphs, List<Segment> segments, String text, double baseline, double size,
               double left, double right, int number) implements PageItem {

    /** A run of glyphs with no wide gap inside. */
    record Segment(String text, double left, double right, List<Glyph> glyphs) {
        double center() {
            return (left + right) / 2;
        }
    }

    /**
     * The same line as the {@code n}-th line of its page (counted top down, 1-based), without its glyphs:
     * once a page is laid out only the text and geometry of its lines are kept.
     */
    PdfLine numbered(int n) {
        List<Segment> light = segments.stream().map(s -> new Segment(s.text(), s.left(), s.right(), List.of())).toList();
        return new PdfLine(page, List.of(), light, text, baseline, size, left, right, n);
    }

    @Override
    public double top() {
        return baseline - size * 0.85;
    }

    double bottom() {
        return baseline + size * 0.15;
    }
}
