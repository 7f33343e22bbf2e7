package org.nianbao.audit.cli.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.compile.DrlOutline;
import org.nianbao.audit.engine.compile.RuleDeclaration;

/**
 * Warns about conditions Drools 10.2 accepts but whose jitted constraint crashes after about 20
 * evaluations (drools-10-notes §6): J1 {@code str[startsWith]}, J2 indexing an array ({@code $v[0]}),
 * J3 static interface methods ({@code List.of(}). Only the {@code when} part is scanned — the same calls
 * in {@code then} or in a function are harmless — and string literals and comments are skipped, so a
 * regex like {@code "R3_[1-6]"} is not mistaken for an index. One linear pass per line.
 */
final class JitLint {
    private static final String STR_OPERATOR = "str[";
    private static final List<String> INTERFACES = List.of("List.", "Set.", "Map.");
    private static final List<String> STATIC_CALLS = List.of("of(", "copyOf(", "ofEntries(", "entry(");

    private JitLint() {
    }

    static List<RuleDiagnostic> scan(DrlOutline outline, String text) {
        String[] lines = text.split("\n", -1);
        List<RuleDiagnostic> warnings = new ArrayList<>();
        for (RuleDeclaration rule : outline.rules()) {
            if (rule.whenLine() <= 0) {
                continue;
            }
            int last = Math.min(rule.thenLine() > 0 ? rule.thenLine() - 1 : rule.endLine(), lines.length);
            for (int n = rule.whenLine(); n <= last; n++) {
                String code = codeOnly(lines[n - 1]);
                if (n == rule.whenLine()) {
                    code = blankUpToWhen(code);
                }
                scanLine(outline.file(), rule.name(), n, code, warnings);
            }
        }
        return warnings;
    }

    private static void scanLine(String file, String rule, int line, String code, List<RuleDiagnostic> out) {
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && isIdentifierPart(code.charAt(i - 1))) {
                continue; // only look at the start of a word
            }
            if (code.startsWith(STR_OPERATOR, i)) {
                out.add(new RuleDiagnostic(file, line, i + 1, rule, WorkbenchMessages.strOperator()));
                continue;
            }
            String call = interfaceCall(code, i);
            if (call != null) {
                out.add(new RuleDiagnostic(file, line, i + 1, rule, WorkbenchMessages.interfaceStatic(call)));
                continue;
            }
            String index = arrayIndex(code, i);
            if (index != null) {
                out.add(new RuleDiagnostic(file, line, i + 1, rule, WorkbenchMessages.arrayIndex(index)));
            }
        }
    }

    /** "List.of(" at {@code i} (also as java.util.List.of), else null. */
    private static String interfaceCall(String code, int i) {
        for (String type : INTERFACES) {
            if (code.startsWith(type, i)) {
                for (String method : STATIC_CALLS) {
                    if (code.startsWith(method, i + type.length())) {
                        return type + method + "…)";
                    }
                }
            }
        }
        return null;
    }

    /** "name[expr]" or "$name[expr]" starting at {@code i} with a non-empty index, else null. */
    private static String arrayIndex(String code, int i) {
        int j = i;
        if (j < code.length() && code.charAt(j) == '$') {
            j++;
        }
        int nameStart = j;
        while (j < code.length() && isIdentifierPart(code.charAt(j))) {
            j++;
        }
        if (j == nameStart || j >= code.length() || code.charAt(j) != '[' || Character.isDigit(code.charAt(nameStart))) {
            return null;
        }
        int close = code.indexOf(']', j);
        if (close < 0 || code.substring(j + 1, close).isBlank() || precededByNew(code, i)) {
            return null; // "String[]" is a type, "new int[3]" builds an array
        }
        return code.substring(i, close + 1);
    }

    private static boolean precededByNew(String code, int i) {
        String before = code.substring(0, i).stripTrailing();
        return before.endsWith("new") && (before.length() == 3 || !isIdentifierPart(before.charAt(before.length() - 4)));
    }

    /** The line with string literals and a trailing // comment replaced by blanks, so columns stay true. */
    static String codeOnly(String line) {
        StringBuilder out = new StringBuilder(line.length());
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < line.length()) {
                    out.append("  ");
                    i++;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                    out.append(c);
                } else {
                    out.append(' ');
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                out.append(c);
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The {@code when} line may carry annotations or the rule header before the keyword. */
    private static String blankUpToWhen(String code) {
        int at = code.indexOf("when");
        return at < 0 ? code : " ".repeat(at + 4) + code.substring(at + 4);
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isJavaIdentifierPart(c);
    }
}
