package org.nianbao.audit.ingest.pdf;

/**
 * One character as drawn on a page, in page coordinates with the origin at the top left (y grows downwards).
 * {@code baseline} is where the character sits; {@code size} its font size in points; {@code dir} the
 * direction its text runs in, counter-clockwise (0 upright; 90 turned to read bottom to top and 270 top to
 * bottom, as a table cell with vertical text direction sets its label).
 */
record Glyph(String text, double x, double baseline, double width, double size, int dir) {

    /** An upright glyph. */
    Glyph(String text, double x, double baseline, double width, double size) {
        this(text, x, baseline, width, size, 0);
    }

    boolean turned() {
        return dir == 90 || dir == 270;
    }

    /**
     * Right edge. A vertical (Identity-V) CJK font reports the column's advance as its width, several times
     * the glyph itself, so no glyph is taken to be wider than one em.
     */
    double right() {
        return x + Math.min(width, size);
    }

    /** The middle of the glyph's body; a turned glyph's body lies beside its baseline, along its advance. */
    double centerX() {
        return switch (dir) {
            case 90 -> x - size * 0.35;
            case 270 -> x + size * 0.35;
            default -> (x + right()) / 2;
        };
    }

    /** The middle of the glyph's body: CJK glyphs fill roughly the em box above the baseline. */
    double centerY() {
        return switch (dir) {
            case 90 -> baseline - Math.min(width, size) / 2;
            case 270 -> baseline + Math.min(width, size) / 2;
            default -> baseline - size * 0.35;
        };
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
