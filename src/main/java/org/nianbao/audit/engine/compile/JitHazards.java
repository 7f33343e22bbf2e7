package org.nianbao.audit.engine.compile;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;

/** Finds the {@link JitHazard}s in the conditions of a file's rules. */
public final class JitHazards {
    private JitHazards() {
    }

    /** A rule (package and name) that uses a hazardous construct. */
    public record Use(String packageName, String rule, JitHazard hazard, RuleDiagnostic warning) {
    }

    public static List<Use> scan(DrlOutline outline, String text) {
        String[] lines = text.split("\n", -1);
        List<Use> uses = new ArrayList<>();
        for (RuleDeclaration rule : outline.rules()) {
            if (rule.whenLine() <= 0) {
                continue;
            }
            int last = rule.thenLine() > 0 ? rule.thenLine() - 1 : rule.endLine();
            for (int n = rule.whenLine(); n <= Math.min(last, lines.length); n++) {
                String code = withoutComment(lines[n - 1]);
                for (JitHazard h : JitHazard.values()) {
                    if (h.usedIn(code)) {
                        uses.add(new Use(outline.packageName(), rule.name(), h,
                                new RuleDiagnostic(outline.file(), n, 0, rule.name(), h.advice())));
                    }
                }
            }
        }
        return uses;
    }

    private static String withoutComment(String line) {
        int i = line.indexOf("//");
        return i < 0 ? line : line.substring(0, i);
    }
}
