package org.nianbao.audit.grade;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.formats.KeyLines;
import org.nianbao.audit.model.finding.Severity;

/**
 * Weights and grade bands, read from {@code grading.properties} in the rules folder (not Java constants):
 * {@code score.max}, {@code score.floor}, {@code weight.<severity>}, {@code grade.<G>.min} for each grade
 * (best first, cut-offs falling) and {@code critical.cap}. Every key is required and no other is allowed,
 * each at most once, so a typo fails loudly with its line instead of silently grading 0.
 */
public final class GradingPolicy {
    public static final String FILE = "grading.properties";
    private static final String GRADE_PREFIX = "grade.";
    private static final String GRADE_SUFFIX = ".min";
    private static final Set<String> KNOWN = Set.of("score.max", "score.floor", "weight.critical", "weight.error",
            "weight.warning", "weight.info", "critical.cap");

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
            throw new GradingPolicyException(GradeMessages.missingFile(shown),
                    List.of(new RuleDiagnostic("", 0, 0, null, GradeMessages.missingFile(shown))));
        }
        return parse(shown, text);
    }

    /**
     * Reads the policy; throws with every problem found, each at its line: a missing, duplicated or unknown
     * key, a value that is not a non-negative integer, grades whose cut-offs do not fall from the first
     * written to the last, a floor above the maximum or below every grade, an undefined {@code critical.cap}.
     * @param shownAs the file as named in error messages, e.g. "rules/grading.properties"
     */
    public static GradingPolicy parse(String shownAs, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            String why = GradeMessages.unreadable(shownAs, e.getMessage());
            throw new GradingPolicyException(why, List.of(new RuleDiagnostic(FILE, 0, 0, null, why)));
        }
        Reader r = new Reader(shownAs, p, new KeyLines(text));
        r.lines.duplicates().forEach((key, at) -> r.problem(at.get(at.size() - 1), GradeMessages.duplicateKey(shownAs, key, at.get(0))));
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!known(key)) {
                r.problem(r.lines.of(key), GradeMessages.unknownKey(shownAs, key));
            }
        }
        Integer max = r.nonNegative("score.max");
        Integer floor = r.nonNegative("score.floor");
        if (max != null && floor != null && floor > max) {
            r.problem(r.lines.of("score.floor"), GradeMessages.floorAboveMax(shownAs));
        }
        Map<Severity, Integer> weights = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            Integer w = r.nonNegative("weight." + s.id());
            weights.put(s, w == null ? 0 : w);
        }
        List<Band> bands = r.bands();
        if (bands.isEmpty()) {
            r.problem(0, GradeMessages.noGrades(shownAs));
        } else if (floor != null && bands.get(bands.size() - 1).min() > floor) {
            r.problem(r.lines.of("score.floor"), GradeMessages.uncoveredFloor(shownAs, floor));
        }
        String cap = r.required("critical.cap");
        if (cap != null && !bands.isEmpty() && bands.stream().noneMatch(b -> b.grade().equals(cap))) {
            r.problem(r.lines.of("critical.cap"), GradeMessages.unknownGrade(shownAs, "critical.cap", cap));
        }
        if (!r.problems.isEmpty()) {
            String all = String.join("；", r.problems.stream().map(RuleDiagnostic::message).toList());
            throw new GradingPolicyException(all, r.problems);
        }
        return new GradingPolicy(max, floor, weights, bands, cap);
    }

    private static boolean known(String key) {
        if (KNOWN.contains(key)) {
            return true;
        }
        return key.startsWith(GRADE_PREFIX) && key.endsWith(GRADE_SUFFIX)
                && key.length() > GRADE_PREFIX.length() + GRADE_SUFFIX.length();
    }

    /** Reads values of one file, collecting every problem with its line instead of stopping at the first. */
    private static final class Reader {
        private final String file;
        private final Properties p;
        private final KeyLines lines;
        private final List<RuleDiagnostic> problems = new ArrayList<>();

        Reader(String file, Properties p, KeyLines lines) {
            this.file = file;
            this.p = p;
            this.lines = lines;
        }

        void problem(int line, String message) {
            problems.add(new RuleDiagnostic(FILE, line, 0, null, message));
        }

        String required(String key) {
            String v = p.getProperty(key);
            if (v == null || v.isBlank()) {
                problem(lines.of(key), GradeMessages.missingKey(file, key));
                return null;
            }
            return v.strip();
        }

        Integer nonNegative(String key) {
            String raw = required(key);
            if (raw == null) {
                return null;
            }
            int value;
            try {
                value = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                problem(lines.of(key), GradeMessages.notANumber(file, key, raw));
                return null;
            }
            if (value < 0) {
                problem(lines.of(key), GradeMessages.negative(file, key, value));
                return null;
            }
            return value;
        }

        /**
         * The grades, best first. They must be written best first with falling cut-offs: a file that puts
         * grade.B.min=95 under grade.A.min=90 most likely swapped two numbers, and read by value alone it
         * would silently make B the best grade.
         */
        List<Band> bands() {
            List<Band> bands = new ArrayList<>();
            Band previous = null;
            for (String key : lines.keysInOrder()) {
                if (!key.startsWith(GRADE_PREFIX) || !key.endsWith(GRADE_SUFFIX)
                        || key.length() <= GRADE_PREFIX.length() + GRADE_SUFFIX.length() || p.getProperty(key) == null) {
                    continue;
                }
                String grade = key.substring(GRADE_PREFIX.length(), key.length() - GRADE_SUFFIX.length());
                if (bands.stream().anyMatch(b -> b.grade().equals(grade))) {
                    continue; // a duplicate, reported above
                }
                Integer min = nonNegative(key);
                if (min == null) {
                    continue;
                }
                Band band = new Band(grade, min);
                if (previous != null && min >= previous.min()) {
                    problem(lines.of(key), GradeMessages.cutOffsNotFalling(file, grade, min, previous.grade(), previous.min()));
                }
                bands.add(band);
                previous = band;
            }
            bands.sort(Comparator.comparingInt(Band::min).reversed().thenComparing(Band::grade));
            return bands;
        }
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
}
