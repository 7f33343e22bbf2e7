package org.nianbao.audit.grade;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.finding.Severity;

/**
 * Weights and grade bands, read from {@code grading.properties} in the rules folder (not Java constants):
 * {@code score.max}, {@code score.floor}, {@code weight.<severity>}, {@code grade.<G>.min} for each grade
 * and {@code critical.cap}. Every key is required, so a typo fails loudly instead of silently grading 0.
 */
public final class GradingPolicy {
    public static final String FILE = "grading.properties";
    private static final String GRADE_PREFIX = "grade.";
    private static final String GRADE_SUFFIX = ".min";

    private final int max;
    private final int floor;
    private final Map<Severity, Integer> weights;
    /** Highest band first. */
    private final List<Band> bands;
    private final String criticalCap;

    private GradingPolicy(int max, int floor, Map<Severity, Integer> weights, List<Band> bands, String criticalCap) {
        this.max = max;
        this.floor = floor;
        this.weights = weights;
        this.bands = List.copyOf(bands);
        this.criticalCap = criticalCap;
    }

    /** A grade and the lowest score that earns it. */
    public record Band(String grade, int min) {
    }

    public static GradingPolicy load(RulesSource source) {
        String text = source.files().get(FILE);
        String shown = source.describe() + FILE;
        if (text == null) {
            throw new GradingPolicyException(GradeMessages.missingFile(shown));
        }
        return parse(shown, text);
    }

    /** @param shownAs the file as named in error messages, e.g. "rules/grading.properties" */
    public static GradingPolicy parse(String shownAs, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new GradingPolicyException(GradeMessages.unreadable(shownAs, e.getMessage()));
        }
        int max = nonNegative(p, shownAs, "score.max");
        int floor = nonNegative(p, shownAs, "score.floor");
        if (floor > max) {
            throw new GradingPolicyException(GradeMessages.floorAboveMax(shownAs));
        }
        Map<Severity, Integer> weights = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            weights.put(s, nonNegative(p, shownAs, "weight." + s.id()));
        }
        List<Band> bands = bands(p, shownAs);
        if (bands.get(bands.size() - 1).min() > floor) {
            throw new GradingPolicyException(GradeMessages.uncoveredFloor(shownAs, floor));
        }
        String cap = required(p, shownAs, "critical.cap");
        if (bands.stream().noneMatch(b -> b.grade().equals(cap))) {
            throw new GradingPolicyException(GradeMessages.unknownGrade(shownAs, "critical.cap", cap));
        }
        return new GradingPolicy(max, floor, weights, bands, cap);
    }

    public int max() { return max; }
    public int floor() { return floor; }
    public int weight(Severity severity) { return weights.get(severity); }
    /** Bands from the best grade down. */
    public List<Band> bands() { return bands; }
    /** The best grade a report with a critical finding can get. */
    public String criticalCap() { return criticalCap; }

    /** The grade {@code score} earns, before any cap. */
    public String gradeFor(int score) {
        for (Band b : bands) {
            if (score >= b.min()) {
                return b.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }

    /** The worse of two grades in band order. */
    public String worse(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private int rank(String grade) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).grade().equals(grade)) {
                return i;
            }
        }
        return bands.size();
    }

    private static List<Band> bands(Properties p, String file) {
        List<Band> bands = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(GRADE_PREFIX) && key.endsWith(GRADE_SUFFIX)
                    && key.length() > GRADE_PREFIX.length() + GRADE_SUFFIX.length()) {
                String grade = key.substring(GRADE_PREFIX.length(), key.length() - GRADE_SUFFIX.length());
                bands.add(new Band(grade, nonNegative(p, file, key)));
            }
        }
        if (bands.isEmpty()) {
            throw new GradingPolicyException(GradeMessages.noGrades(file));
        }
        bands.sort(Comparator.comparingInt(Band::min).reversed().thenComparing(Band::grade));
        return bands;
    }

    private static int nonNegative(Properties p, String file, String key) {
        String raw = required(p, file, key);
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new GradingPolicyException(GradeMessages.notANumber(file, key, raw));
        }
        if (value < 0) {
            throw new GradingPolicyException(GradeMessages.negative(file, key, value));
        }
        return value;
    }

    private static String required(Properties p, String file, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new GradingPolicyException(GradeMessages.missingKey(file, key));
        }
        return v.strip();
    }
}
