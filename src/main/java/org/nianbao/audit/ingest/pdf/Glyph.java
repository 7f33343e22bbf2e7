package org.nianbao.audit.ingest.pdf;

/**
 * One character as drawn on a page, in page coordinates with the origin at the top left (y grows downwards).
 * {@code baseline} is where the character sits; {@code size} its font size in points.
 */
record Glyph(String text, double x, double baseline, double width, double size) {

    /**
     * Right edge. A vertical (Identity-V) CJK font reports the column's advance as its width, several times
     * the glyph itself, so no glyph is taken to be wider than one em.
     */
    double right() {
        return x + Math.min(width, size);
    }

    double centerX() {
        return (x + right()) / 2;
    }

    /** The middle of the glyph's body: CJK glyphs fill roughly the em box above the baseline. */
    double centerY() {
        return baseline - size * 0.35;
    }

    double top() {
        return baseline - size * 0.85;
    }

    double bottom() {
        return baseline + size * 0.15;
    }

    boolean blank() {
        return text.isBlank();
    }
}
