package org.nianbao.audit.engine.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.audit.engine.RuleDiagnostic;

/**
 * Calls a rule must never make because they end or escape the whole audit, not just one report:
 * {@code System.exit}, anything through {@code Runtime} (exit, halt, exec) and starting processes. Refused
 * when the rules load (audit exit 3, {@code rules check} error) with file:line:col.
 *
 * <p>Why a check of the text rather than a SecurityManager: the SecurityManager is deprecated for removal
 * (JEP 411): installing one at run time prints a warning on every start in Java 17 and fails outright from
 * Java 18 unless {@code -Djava.security.manager=allow} is on the command line, which the documented
 * {@code java -jar} does not carry; it would also check every permission Drools' own class loading asks
 * for. A rules folder is trusted code, like a Maven plugin (README): this check is there to catch the
 * mistake of a rule author, not to contain a hostile one, who could call the same methods by reflection.
 * Comments and string literals are blanked first, so a rule may mention these names in either.
 */
public final class ForbiddenCalls {
    private record Forbidden(Pattern pattern, String what) {
    }

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden(Pattern.compile("\\bSystem\\s*\\.\\s*exit\\b"), "System.exit"),
            new Forbidden(Pattern.compile("\\bRuntime\\b(?!\\s*Exception)"), "Runtime（exit、halt、exec）"),
            new Forbidden(Pattern.compile("\\bProcessBuilder\\b"), "ProcessBuilder"));

    private ForbiddenCalls() {
    }

    /** Every forbidden call in {@code text}, a DRL file at {@code file} (relative to the rules root). */
    public static List<RuleDiagnostic> scan(String file, String text) {
        String code = blankCommentsAndStrings(text);
        List<RuleDiagnostic> found = new ArrayList<>();
        for (Forbidden f : FORBIDDEN) {
            Matcher m = f.pattern().matcher(code);
            while (m.find()) {
                int[] lc = lineAndColumn(code, m.start());
                found.add(new RuleDiagnostic(file, lc[0], lc[1], null, CompileMessages.forbiddenCall(f.what())));
            }
        }
        return found;
    }

    /** The text with every comment and string literal replaced by spaces, line breaks kept. */
    static String blankCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = blank(out, i, end < 0 ? n : end);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? n : end + 2);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = blank(out, i, Math.min(n, j + 1));
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
        return to;
    }

    private static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
