package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Coordinates that differ by less than a tolerance are one position (a border drawn twice, rounding). */
final class Positions {
    private Positions() {
    }

    /** The distinct positions among {@code values}, ascending, each the mean of its cluster. */
    static double[] cluster(List<Double> values, double tolerance) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Double> out = new ArrayList<>();
        int i = 0;
        while (i < v.length) {
            int j = i;
            double sum = 0;
            while (j < v.length && v[j] - v[i] <= tolerance) {
                sum += v[j];
                j++;
            }
            out.add(sum / (j - i));
            i = j;
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Index of the band {@code [edges[k], edges[k+1])} holding {@code value}; -1 outside all bands. */
    static int band(double[] edges, double value) {
        if (edges.length < 2 || value < edges[0] || value > edges[edges.length - 1]) {
            return -1;
        }
        int k = Arrays.binarySearch(edges, value);
        if (k >= 0) {
            return Math.min(k, edges.length - 2);
        }
        return Math.min(-k - 2, edges.length - 2);
    }

    /** Index of the position nearest {@code value} within {@code tolerance}; -1 when none is. */
    static int nearest(double[] positions, double value, double tolerance) {
        int best = -1;
        double bestDistance = tolerance;
        for (int i = 0; i < positions.length; i++) {
            double d = Math.abs(positions[i] - value);
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
}
