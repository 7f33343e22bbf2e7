package org.nianbao.audit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.audit.engine.lexicon.Lexicon;

/**
 * The word lists the rules depend on must be there and hold terms: a rule matching
 * {@code LexiconHit(lexicon == "spam")} against an empty or missing {@code lexicons/spam.txt} never fires,
 * and the check it stands for is silently off (issue 14: the spam seed graded A). A rule depends on a
 * lexicon it names in a {@code lexicon == "…"} or {@code lexicon in ("…", …)} constraint. Encoding is
 * checked for every file by {@link RulesSource#encodingProblems()}.
 */
final class LexiconCheck {
    private static final String FOLDER = "lexicons/";
    private static final Pattern EQUALS = Pattern.compile("\\blexicon\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern IN = Pattern.compile("\\blexicon\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");

    private LexiconCheck() {
    }

    static List<RuleDiagnostic> check(RulesSource source) {
        Map<String, int[]> used = new TreeMap<>(); // lexicon → {first file's index, line}
        Map<String, String> usedIn = new TreeMap<>();
        source.filesEndingWith(".drl").forEach((file, text) -> references(text, (name, line) -> {
            if (!used.containsKey(name)) {
                used.put(name, new int[] {line});
                usedIn.put(name, file);
            }
        }));
        List<RuleDiagnostic> problems = new ArrayList<>();
        used.forEach((name, where) -> {
            String path = FOLDER + name + ".txt";
            String text = source.files().get(path);
            if (text == null) {
                problems.add(new RuleDiagnostic(usedIn.get(name), where[0], 0, null, EngineMessages.missingLexicon(path)));
            } else if (!source.notUtf8(path) && Lexicon.parse(name, text).terms().isEmpty()) {
                problems.add(new RuleDiagnostic(path, 1, 1, null, EngineMessages.emptyLexicon(usedIn.get(name), where[0])));
            }
        });
        return problems;
    }

    /** Each lexicon name a constraint of {@code text} names, with its line (a list may span lines). */
    private static void references(String text, java.util.function.ObjIntConsumer<String> found) {
        StringBuilder code = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            code.append(withoutComment(line)).append('\n');
        }
        Matcher eq = EQUALS.matcher(code);
        while (eq.find()) {
            found.accept(eq.group(1), lineOf(code, eq.start(1)));
        }
        Matcher in = IN.matcher(code);
        while (in.find()) {
            Matcher lit = LITERAL.matcher(code).region(in.start(1), in.end(1));
            while (lit.find()) {
                found.accept(lit.group(1), lineOf(code, lit.start(1)));
            }
        }
    }

    private static int lineOf(CharSequence text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String withoutComment(String line) {
        int i = line.indexOf("//");
        return i < 0 ? line : line.substring(0, i);
    }
}
