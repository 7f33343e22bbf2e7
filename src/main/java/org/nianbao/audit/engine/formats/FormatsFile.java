package org.nianbao.audit.engine.formats;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.model.TemplateVersion;

/**
 * Reads {@code formats.properties} from the rules folder: {@code scope.from} (the earliest report year
 * in scope) and {@code template.<版本>.from} for every template version (the report year from which that
 * format is required). Every key is required and unknown keys are refused, so a typo fails loudly with
 * its file and line instead of silently changing which format a year is judged by.
 */
public final class FormatsFile {
    public static final String FILE = "formats.properties";
    static final String SCOPE_KEY = "scope.from";
    private static final String TEMPLATE_PREFIX = "template.";
    private static final String FROM_SUFFIX = ".from";
    private static final int YEAR_DIGITS = 4;

    private FormatsFile() {
    }

    /** The schedule of {@code source}; throws with every problem when the file is missing or invalid. */
    public static TemplateSchedule load(RulesSource source) {
        String text = source.files().get(FILE);
        if (text == null) {
            List<RuleDiagnostic> missing = List.of(diagnostic(0, FormatsMessages.missingFile(FILE)));
            throw new FormatsFileException(FormatsMessages.refused(source.describe() + FILE, 1), missing);
        }
        return parse(source.describe() + FILE, text);
    }

    /** @param shownAs the file as named in the exception message, e.g. "rules/formats.properties" */
    public static TemplateSchedule parse(String shownAs, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw refused(shownAs, List.of(diagnostic(0, FormatsMessages.unreadable(e.getMessage()))));
        }
        KeyLines lines = new KeyLines(text);
        List<RuleDiagnostic> problems = new ArrayList<>();
        lines.duplicates().forEach((key, at) -> problems.add(diagnostic(at.get(at.size() - 1),
                FormatsMessages.duplicateKey(key, at.get(0)))));
        List<String> known = knownKeys();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!known.contains(key)) {
                problems.add(diagnostic(lines.of(key), FormatsMessages.unknownKey(key, known)));
            }
        }
        Integer scope = year(p, SCOPE_KEY, lines, problems);
        Map<TemplateVersion, Integer> starts = new EnumMap<>(TemplateVersion.class);
        Map<Integer, String> keyOfYear = new TreeMap<>();
        for (TemplateVersion v : TemplateVersion.values()) {
            String key = templateKey(v);
            Integer from = year(p, key, lines, problems);
            if (from == null) {
                continue;
            }
            String other = keyOfYear.putIfAbsent(from, key);
            if (other != null) {
                problems.add(diagnostic(lines.of(key), FormatsMessages.sameStartYear(key, other, from)));
            }
            starts.put(v, from);
        }
        if (scope != null && !keyOfYear.isEmpty() && problems.isEmpty()) {
            int earliest = keyOfYear.keySet().iterator().next();
            if (scope < earliest) {
                problems.add(diagnostic(lines.of(SCOPE_KEY), FormatsMessages.scopeBeforeTemplates(SCOPE_KEY, scope, earliest)));
            }
        }
        if (!problems.isEmpty()) {
            throw refused(shownAs, problems);
        }
        return new TemplateSchedule(scope, starts);
    }

    /** "template.2021.from": the key naming the year from which {@code version} is required. */
    static String templateKey(TemplateVersion version) {
        return TEMPLATE_PREFIX + version.label() + FROM_SUFFIX;
    }

    private static List<String> knownKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(SCOPE_KEY);
        for (TemplateVersion v : TemplateVersion.values()) {
            keys.add(templateKey(v));
        }
        return keys;
    }

    /** The key's four-digit year, or null after recording why there is none. */
    private static Integer year(Properties p, String key, KeyLines lines, List<RuleDiagnostic> problems) {
        String raw = p.getProperty(key);
        if (raw == null || raw.isBlank()) {
            problems.add(diagnostic(lines.of(key), FormatsMessages.missingKey(key)));
            return null;
        }
        String value = raw.strip();
        if (value.length() != YEAR_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(diagnostic(lines.of(key), FormatsMessages.notAYear(key, value)));
            return null;
        }
        return Integer.parseInt(value);
    }

    private static FormatsFileException refused(String shownAs, List<RuleDiagnostic> problems) {
        return new FormatsFileException(FormatsMessages.refused(shownAs, problems.size()), problems);
    }

    private static RuleDiagnostic diagnostic(int line, String message) {
        return new RuleDiagnostic(FILE, line, 0, null, message);
    }
}
