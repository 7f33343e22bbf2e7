package org.nianbao.audit.cli.rules;

import java.io.PrintWriter;
import java.util.Map;
import org.nianbao.audit.engine.RuleDiagnostic;

/**
 * Prints a problem the way compilers do, so editors can jump to it:
 * <pre>
 * rules/structure/overview.drl:42:18: 错误：… （规则“SEC-1-SUB”）
 *    42 |     $s : Section(numbr == 1)
 *       |                  ^
 * </pre>
 * The column printed is the caret's (1-based).
 */
final class DiagnosticPrinter {
    private final String root;
    private final Map<String, String> sources;

    /** @param root how the rules folder is shown, ending in "/"; @param sources file texts by relative path */
    DiagnosticPrinter(String root, Map<String, String> sources) {
        this.root = root;
        this.sources = sources;
    }

    void print(Problem problem, PrintWriter out) {
        RuleDiagnostic d = problem.diagnostic();
        String level = WorkbenchMessages.level(problem.level());
        String line = sourceLine(d);
        // name the rule unless the message or the quoted line (its header) already does
        boolean named = d.rule() == null || d.message().contains("\"" + d.rule() + "\"")
                || (line != null && line.contains("\"" + d.rule() + "\""));
        String message = named ? d.message() : d.message() + WorkbenchMessages.inRule(d.rule());
        if (d.file().isEmpty()) { // about the rule set or the cases as a whole: the message names what
            out.println(level + "：" + message);
            return;
        }
        if (line == null) {
            out.println(root + d.file() + ":" + Math.max(d.line(), 0) + ":0: " + level + "：" + message);
            return;
        }
        int caret = CaretPosition.of(line, d.message(), d.column());
        out.println(root + d.file() + ":" + d.line() + ":" + (caret + 1) + ": " + level + "：" + message);
        String number = Integer.toString(d.line());
        out.println(" ".repeat(Math.max(0, 5 - number.length())) + number + " | " + line);
        out.println("      | " + padding(line, caret) + "^");
    }

    private String sourceLine(RuleDiagnostic d) {
        String text = sources.get(d.file());
        if (text == null || d.line() <= 0) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        if (d.line() > lines.length) {
            return null;
        }
        String line = lines[d.line() - 1];
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Blanks as wide as the text before the caret; tabs stay tabs so the terminal aligns them alike. */
    private static String padding(String line, int caret) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < caret && i < line.length(); ) {
            int cp = line.codePointAt(i);
            pad.append(cp == '\t' ? "\t" : " ".repeat(DisplayWidth.of(cp)));
            i += Character.charCount(cp);
        }
        return pad.toString();
    }
}
