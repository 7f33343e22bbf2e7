package org.nianbao.audit.ingest.pdf;

/**
 * A straight horizontal or vertical line drawn on a page (a table border), in top-left page coordinates:
 * for a horizontal ruling {@code position} is its y and {@code from}–{@code to} its x extent, for a vertical
 * one the other way round.
 */
record Ruling(boolean horizontal, double position, double from, double to) {
    Ruling {
        if (from > to) {
            double t = from;
            from = to;
            to = t;
        }
    }

    double length() {
        return to - from;
    }

    /** True when this ruling covers most of the span {@code a}–{@code b} (a cell's side). */
    boolean covers(double a, double b, double tolerance) {
        double overlap = Math.min(to, b) - Math.max(from, a);
        return overlap >= (b - a) * 0.5 || (from <= a + tolerance && to >= b - tolerance);
    }
}
