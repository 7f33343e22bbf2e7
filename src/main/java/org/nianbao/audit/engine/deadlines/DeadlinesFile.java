package org.nianbao.audit.engine.deadlines;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.facts.LocalDeadline;
import org.nianbao.audit.engine.formats.KeyLines;

/**
 * Reads {@code deadlines.properties} from the rules folder: local publication deadlines for publishers
 * that 条例 Art. 49 gives none (乡镇、街道). {@code township.deadline=MM-DD} applies to every township,
 * {@code township.deadline.<地区>=MM-DD} to those whose name contains the place; an empty value means
 * "not configured". The file is optional (no file = no local deadline), but a present one is checked
 * strictly — unknown keys included — so a typo fails with its line instead of silently disabling a check.
 */
public final class DeadlinesFile {
    public static final String FILE = "deadlines.properties";
    static final String TOWNSHIP_KEY = "township.deadline";
    private static final String PLACED_PREFIX = TOWNSHIP_KEY + ".";
    private static final String TOWNSHIP_KIND = "TOWNSHIP";
    /** A non-leap year: a configured day must exist in every year. */
    private static final int PLAIN_YEAR = 2001;

    private DeadlinesFile() {
    }

    /** The deadlines and the problems of {@code files} (paths relative to the rules root). */
    public static Result read(Map<String, String> files) {
        String text = files.get(FILE);
        return text == null ? new Result(LocalDeadlines.none(), List.of()) : parse(text);
    }

    static Result parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return new Result(LocalDeadlines.none(), List.of(diagnostic(0, DeadlinesMessages.unreadable(e.getMessage()))));
        }
        KeyLines lines = new KeyLines(text);
        List<RuleDiagnostic> problems = new ArrayList<>();
        lines.duplicates().forEach((key, at) -> problems.add(diagnostic(at.get(at.size() - 1),
                DeadlinesMessages.duplicateKey(key, at.get(0)))));
        List<LocalDeadline> deadlines = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            int line = lines.of(key);
            boolean everywhere = key.equals(TOWNSHIP_KEY);
            if (!everywhere && !key.startsWith(PLACED_PREFIX)) {
                problems.add(diagnostic(line, DeadlinesMessages.unknownKey(key, TOWNSHIP_KEY, PLACED_PREFIX)));
                continue;
            }
            String region = everywhere ? null : key.substring(PLACED_PREFIX.length()).strip();
            if (region != null && region.isEmpty()) {
                problems.add(diagnostic(line, DeadlinesMessages.noRegion(PLACED_PREFIX)));
                continue;
            }
            String value = p.getProperty(key).strip();
            if (!value.isEmpty()) { // an empty value is the documented way to switch a deadline off
                monthDay(key, value, line, problems).ifPresent(md -> deadlines.add(new LocalDeadline(
                        TOWNSHIP_KIND, region, md.getMonthValue(), md.getDayOfMonth(), key)));
            }
        }
        return problems.isEmpty() ? new Result(new LocalDeadlines(deadlines), List.of())
                : new Result(LocalDeadlines.none(), problems);
    }

    /** "02-20" or "2-20" as a day of a plain year; empty after recording why it is not one. */
    private static Optional<LocalDate> monthDay(String key, String value, int line, List<RuleDiagnostic> problems) {
        int dash = value.indexOf('-');
        String month = dash < 0 ? "" : value.substring(0, dash);
        String day = dash < 0 ? "" : value.substring(dash + 1);
        if (!digits(month) || !digits(day)) {
            problems.add(diagnostic(line, DeadlinesMessages.notADate(key, value)));
            return Optional.empty();
        }
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m == 2 && d == 29) {
            problems.add(diagnostic(line, DeadlinesMessages.leapDay(key)));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(PLAIN_YEAR, m, d));
        } catch (DateTimeException e) {
            problems.add(diagnostic(line, DeadlinesMessages.notADate(key, value)));
            return Optional.empty();
        }
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.length() <= 2 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static RuleDiagnostic diagnostic(int line, String message) {
        return new RuleDiagnostic(FILE, line, 0, null, message);
    }

    /** What the file configures (none when it has problems) and its problems, by key order. */
    public record Result(LocalDeadlines deadlines, List<RuleDiagnostic> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }
}
