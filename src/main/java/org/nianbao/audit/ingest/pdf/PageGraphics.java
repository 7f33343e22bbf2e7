package org.nianbao.audit.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * What a page draws apart from text: the straight lines of table borders (stroked paths and thin filled
 * rectangles, as Word, WPS and LibreOffice export them) and how much of the page images cover (a scanned
 * page is one big image). Clipping paths and cell shading are not borders and are ignored. Coordinates are
 * turned into the text's frame: origin at the crop box's top left, y downwards, the page's rotation applied.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this is a line drawn as a rectangle. */
    private static final double THIN = 2.5;
    private static final double MIN_LENGTH = 2;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();
    private final List<double[]> rectangles = new ArrayList<>();
    private final double left;
    private final double bottom;
    private final double width;
    private final double height;
    private final int rotation;
    private final double pageArea;
    private Point2D current = new Point2D.Double();
    private Point2D subpathStart = new Point2D.Double();
    private double imageArea;

    private PageGraphics(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.bottom = crop.getLowerLeftY();
        this.width = crop.getWidth();
        this.height = crop.getHeight();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
        this.pageArea = Math.max(1, crop.getWidth() * crop.getHeight());
    }

    /** Reads the page's drawing operations. */
    static PageGraphics of(PDPage page) throws IOException {
        PageGraphics g = new PageGraphics(page);
        g.processPage(page);
        return g;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    /** Share of the page covered by images (0–1, overlaps counted twice, capped at 1). */
    double imageCoverage() {
        return Math.min(1, imageArea / pageArea);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        segment(p0, p1);
        segment(p1, p2);
        segment(p2, p3);
        segment(p3, p0);
        rectangles.add(new double[] {
                Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX())),
                Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY())),
                Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX())),
                Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()))});
        current = p0;
        subpathStart = p0;
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs(ctm.getScalingFactorX() * ctm.getScalingFactorY());
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path is not drawn; endPath() that follows discards it
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Double(x, y);
        segment(current, to);
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3); // curves are never table borders
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        segment(current, subpathStart);
        current = subpathStart;
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (double[] s : segments) {
            addRuling(s[0], s[1], s[2], s[3]);
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        if (rectangles.isEmpty() && !segments.isEmpty()) {
            rectangles.add(bounds(segments)); // a thin rectangle drawn as a closed polygon
        }
        for (double[] r : rectangles) {
            double w = r[2] - r[0];
            double h = r[3] - r[1];
            if (h <= THIN && w > h) {
                addRuling(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (w <= THIN && h > w) {
                addRuling((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // gradients are backgrounds, not borders
    }

    /**
     * A point of the page's user space as the text's positions give it: relative to the crop box, y downwards,
     * and turned with the page's /Rotate (a landscape table on a portrait page turned 90°), as PDFBox turns
     * TextPosition's x and y.
     */
    private double[] displayed(double x, double y) {
        double px = x - left;
        double py = y - bottom;
        return switch (rotation) {
            case 90 -> new double[] {py, px};
            case 180 -> new double[] {width - px, py};
            case 270 -> new double[] {height - py, width - px};
            default -> new double[] {px, height - py};
        };
    }

    private static double[] bounds(List<double[]> path) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] s : path) {
            b[0] = Math.min(b[0], Math.min(s[0], s[2]));
            b[1] = Math.min(b[1], Math.min(s[1], s[3]));
            b[2] = Math.max(b[2], Math.max(s[0], s[2]));
            b[3] = Math.max(b[3], Math.max(s[1], s[3]));
        }
        return b;
    }

    private void segment(Point2D a, Point2D b) {
        segments.add(new double[] {a.getX(), a.getY(), b.getX(), b.getY()});
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
    }

    private void addRuling(double x0, double y0, double x1, double y1) {
        double[] a = displayed(x0, y0);
        double[] b = displayed(x1, y1);
        double px0 = a[0];
        double py0 = a[1];
        double px1 = b[0];
        double py1 = b[1];
        if (Math.abs(py0 - py1) < 1 && Math.abs(px1 - px0) >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (py0 + py1) / 2, px0, px1));
        } else if (Math.abs(px0 - px1) < 1 && Math.abs(py1 - py0) >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (px0 + px1) / 2, py0, py1));
        }
    }
}
