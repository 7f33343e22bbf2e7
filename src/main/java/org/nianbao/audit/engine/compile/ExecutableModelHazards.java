package org.nianbao.audit.engine.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.audit.engine.RuleDiagnostic;

/**
 * DRL the executable model compiles but judges differently from the classic engine, found in the text
 * so that {@code rules compile} refuses it even when no rule case happens to show the difference.
 * Known today (drools-10-notes E3): an inline {@code accumulate} whose result constraint refers to the
 * result of an earlier accumulate, {@code accumulate(…; $t1 : sum($a)) accumulate(…; $t3 : sum($b); $t1 > $t3)},
 * which the executable model lets through whatever the values. (E4, an array element bound and summed,
 * is already refused as a jit hazard.)
 */
public final class ExecutableModelHazards {
    private static final Pattern BINDING = Pattern.compile("\\$(\\w+)\\s*:");
    private static final Pattern REFERENCE = Pattern.compile("\\$(\\w+)");
    private static final String ACCUMULATE = "accumulate(";

    private ExecutableModelHazards() {
    }

    /** One diagnostic per offending accumulate, at its line. */
    public static List<RuleDiagnostic> scan(DrlOutline outline, String text) {
        String[] lines = text.split("\n", -1);
        List<RuleDiagnostic> found = new ArrayList<>();
        for (RuleDeclaration rule : outline.rules()) {
            if (rule.whenLine() <= 0) {
                continue;
            }
            int last = Math.min(rule.thenLine() > 0 ? rule.thenLine() - 1 : rule.endLine(), lines.length);
            StringBuilder conditions = new StringBuilder();
            List<Integer> lineStarts = new ArrayList<>();
            for (int n = rule.whenLine(); n <= last; n++) {
                lineStarts.add(conditions.length());
                String line = lines[n - 1];
                int comment = line.indexOf("//");
                conditions.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
            }
            scanRule(conditions.toString(), lineStarts, rule, outline.file(), found);
        }
        return found;
    }

    private static void scanRule(String conditions, List<Integer> lineStarts, RuleDeclaration rule, String file,
                                 List<RuleDiagnostic> found) {
        Set<String> earlierResults = new HashSet<>();
        int at = conditions.indexOf(ACCUMULATE);
        while (at >= 0) {
            int open = at + ACCUMULATE.length() - 1;
            int close = matching(conditions, open);
            if (close < 0) {
                return;
            }
            List<String> parts = topLevelParts(conditions.substring(open + 1, close));
            if (parts.size() >= 3 && refersTo(parts.get(2), earlierResults)) {
                found.add(new RuleDiagnostic(file, rule.whenLine() + lineOf(lineStarts, at), 0, rule.name(),
                        CompileMessages.earlierAccumulateInResultConstraint()));
            }
            if (parts.size() >= 2) {
                Matcher m = BINDING.matcher(parts.get(1));
                while (m.find()) {
                    earlierResults.add(m.group(1));
                }
            }
            at = conditions.indexOf(ACCUMULATE, close);
        }
    }

    private static boolean refersTo(String constraint, Set<String> names) {
        Matcher m = REFERENCE.matcher(constraint);
        while (m.find()) {
            if (names.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The parts of an accumulate's arguments separated by top-level ';' (strings and nested parentheses skipped). */
    private static List<String> topLevelParts(String args) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"' && (i == 0 || args.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ';') {
                parts.add(args.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(args.substring(start));
        return parts;
    }

    private static int matching(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(List<Integer> lineStarts, int offset) {
        int line = 0;
        while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) {
            line++;
        }
        return line;
    }
}
