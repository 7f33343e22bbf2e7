package org.nianbao.audit.engine.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.audit.engine.compile.DrlOutline;
import org.nianbao.audit.engine.compile.RuleDeclaration;

/**
 * Which rules call each DRL {@code function} in their conditions, so that a run stopped inside a function
 * (no consequence running, so no rule on the agenda's record) is blamed on the rules whose conditions
 * call it. A function's frame is recognised by its method name in a class of the DRL package, which is how
 * both engines compile functions. Text matching on the DRL: a function named only in a comment of a
 * condition would be listed too, which costs a longer list of suspects, never a missed one.
 */
final class FunctionCallers {
    private static final Pattern FUNCTION = Pattern.compile("(?m)^\\s*function\\s+[\\w.<>\\[\\],?\\s]+?\\s+(\\w+)\\s*\\(");

    /** "package#function" → the rules ("package#rule name") whose conditions call it. */
    private final Map<String, Set<RuleRef>> callers = new HashMap<>();

    /** A rule by package and DRL name, as the KieBase knows it. */
    record RuleRef(String packageName, String name) {
    }

    FunctionCallers(SortedMap<String, String> drlFiles) {
        Map<String, List<String>> functionsByPackage = new HashMap<>();
        Map<String, DrlOutline> outlines = DrlOutline.ofAll(drlFiles);
        outlines.forEach((file, outline) -> {
            Matcher m = FUNCTION.matcher(drlFiles.get(file));
            while (m.find()) {
                functionsByPackage.computeIfAbsent(outline.packageName(), k -> new ArrayList<>()).add(m.group(1));
            }
        });
        outlines.forEach((file, outline) -> {
            List<String> functions = functionsByPackage.getOrDefault(outline.packageName(), List.of());
            if (functions.isEmpty()) {
                return;
            }
            String[] lines = drlFiles.get(file).split("\n", -1);
            for (RuleDeclaration rule : outline.rules()) {
                String conditions = conditions(lines, rule);
                for (String function : functions) {
                    if (Pattern.compile("\\b" + function + "\\s*\\(").matcher(conditions).find()) {
                        callers.computeIfAbsent(outline.packageName() + "#" + function, k -> new LinkedHashSet<>())
                                .add(new RuleRef(outline.packageName(), rule.name()));
                    }
                }
            }
        });
    }

    /**
     * The rules whose conditions call the outermost DRL function on {@code stack} (the one a condition
     * called; deeper frames are that function's own calls). Empty when no frame is a DRL function.
     */
    Set<RuleRef> of(StackTraceElement[] stack) {
        for (int i = stack.length - 1; i >= 0; i--) {
            String className = stack[i].getClassName();
            int dot = className.lastIndexOf('.');
            String key = (dot < 0 ? "" : className.substring(0, dot)) + "#" + stack[i].getMethodName();
            Set<RuleRef> found = callers.get(key);
            if (found != null) {
                return found;
            }
        }
        return Set.of();
    }

    private static String conditions(String[] lines, RuleDeclaration rule) {
        int from = Math.max(rule.whenLine(), rule.line());
        int to = rule.thenLine() > 0 ? rule.thenLine() : rule.endLine();
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to && i <= lines.length; i++) {
            out.append(lines[i - 1]).append('\n');
        }
        return out.toString();
    }
}
