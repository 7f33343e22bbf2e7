package org.nianbao.audit.cli.rules;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.compile.DrlOutline;
import org.nianbao.audit.engine.compile.RuleDeclaration;

/**
 * Builds the smaller rule sets {@code rules check} compiles on top of the whole set. Drools stops reading a
 * file at its first syntax error, so the rules after it are never checked; compiling one file, or one
 * rule, on its own brings their problems out. The package's other files come along with their rules
 * blanked out, because a file may call a {@code function} declared next to it. Blanking keeps every line
 * break, so line numbers stay the author's.
 */
final class Isolation {
    private final SortedMap<String, String> drl;
    private final Map<String, DrlOutline> outlines;
    /** Files that make Drools throw even alone: never context, or they would break every build. */
    private final Set<String> excluded;

    Isolation(SortedMap<String, String> drl, Map<String, DrlOutline> outlines, Set<String> excluded) {
        this.drl = drl;
        this.outlines = outlines;
        this.excluded = Set.copyOf(excluded);
    }

    /** {@code file} and nothing else. */
    RulesSource alone(String file) {
        return RulesSource.inMemory(file, Map.of(file, drl.get(file)));
    }

    /** {@code file} whole, with its package's other files as declarations only. */
    RulesSource fileOnItsOwn(String file) {
        SortedMap<String, String> set = packageContext(file);
        set.put(file, drl.get(file));
        return RulesSource.inMemory(file, set);
    }

    /** {@code file} with every rule but {@code keep} blanked, plus the package context. */
    RulesSource ruleOnItsOwn(String file, RuleDeclaration keep) {
        SortedMap<String, String> set = packageContext(file);
        set.put(file, withoutRules(drl.get(file), outlines.get(file), keep));
        return RulesSource.inMemory(file, set);
    }

    private SortedMap<String, String> packageContext(String file) {
        String pkg = outlines.get(file).packageName();
        SortedMap<String, String> set = new TreeMap<>();
        outlines.forEach((other, outline) -> {
            if (!other.equals(file) && !excluded.contains(other) && outline.packageName().equals(pkg)) {
                set.put(other, withoutRules(drl.get(other), outline, null));
            }
        });
        return set;
    }

    /** The text with the lines of every rule except {@code keep} emptied (line breaks kept). */
    static String withoutRules(String text, DrlOutline outline, RuleDeclaration keep) {
        String[] lines = text.split("\n", -1);
        for (RuleDeclaration r : outline.rules()) {
            if (keep != null && r.line() == keep.line()) {
                continue;
            }
            for (int n = r.line(); n <= Math.min(r.endLine(), lines.length); n++) {
                lines[n - 1] = "";
            }
        }
        return String.join("\n", lines);
    }
}
