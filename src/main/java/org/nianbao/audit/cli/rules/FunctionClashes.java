package org.nianbao.audit.cli.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.compile.DrlOutline;

/**
 * Drools reports two DRL functions of one name in one package (functions are package-wide, each file of
 * the package sees them) as "[ function topictopic (line:-2): The type Topic is already defined ]" at
 * line 0 of one of the files. This finds the declarations and reports each repeated one at its line.
 */
final class FunctionClashes {
    private static final String MARKER = "is already defined";
    private static final String TYPE = "The type ";
    private static final String FUNCTION = "function ";

    private final Map<String, String> drl;
    private final Map<String, DrlOutline> outlines;

    FunctionClashes(Map<String, String> drl, Map<String, DrlOutline> outlines) {
        this.drl = drl;
        this.outlines = outlines;
    }

    /** The diagnostic itself, or one diagnostic per repeated declaration when it is a function clash. */
    List<RuleDiagnostic> locate(RuleDiagnostic d) {
        String text = d.message();
        int type = text.indexOf(TYPE);
        if (d.line() > 0 || !text.contains(FUNCTION) || type < 0 || !text.contains(MARKER) || !outlines.containsKey(d.file())) {
            return List.of(d);
        }
        int end = text.indexOf(' ', type + TYPE.length());
        String className = end < 0 ? "" : text.substring(type + TYPE.length(), end);
        List<Declaration> found = declarations(outlines.get(d.file()).packageName(), className);
        if (found.size() < 2) {
            return List.of(d);
        }
        Declaration first = found.get(0);
        List<RuleDiagnostic> out = new ArrayList<>();
        for (Declaration again : found.subList(1, found.size())) {
            out.add(new RuleDiagnostic(again.file(), again.line(), 0, null,
                    WorkbenchMessages.duplicateFunction(again.name(), first.file(), first.line())));
        }
        return out;
    }

    /** Every {@code function … name(} of the package whose generated class would be {@code className}, in file order. */
    private List<Declaration> declarations(String pkg, String className) {
        List<Declaration> found = new ArrayList<>();
        outlines.forEach((file, outline) -> {
            if (!outline.packageName().equals(pkg)) {
                return;
            }
            String[] lines = drl.get(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String name = functionName(lines[i].strip());
                if (name != null && capitalised(name).equals(className)) {
                    found.add(new Declaration(file, i + 1, name));
                }
            }
        });
        found.sort(java.util.Comparator.comparing(Declaration::file).thenComparingInt(Declaration::line));
        return found;
    }

    /** "function java.util.List topics() {" → "topics"; null for other lines. */
    private static String functionName(String line) {
        if (!line.startsWith(FUNCTION)) {
            return null;
        }
        int paren = line.indexOf('(');
        if (paren < 0) {
            return null;
        }
        int end = paren;
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
            start--;
        }
        return start < end ? line.substring(start, end) : null;
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private record Declaration(String file, int line, String name) {
    }
}
