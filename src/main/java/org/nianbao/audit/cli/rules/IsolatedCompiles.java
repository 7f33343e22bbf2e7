package org.nianbao.audit.cli.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.compile.DrlOutline;
import org.nianbao.audit.engine.compile.RuleDeclaration;

/**
 * The compiles {@code rules check} adds when the whole set fails, to find what one build hides:
 * <ul>
 * <li>Drools throws out of the whole build for some mistakes (an {@code import accumulate} of a missing
 *     class, a bad {@code @position}): the message names no file and nothing else is checked. Then every
 *     file is compiled alone to find the one that throws, and every other file on its own.</li>
 * <li>A file with problems is compiled on its own (with its package's declarations).</li>
 * <li>Drools stops reading a file at its first syntax error: each rule of such a file is compiled alone.</li>
 * </ul>
 * Only what a build says about the isolated file (or rule) is kept; the rest is context.
 */
final class IsolatedCompiles {
    /** How the DRL parser's messages start ("[ERR 102] Line 10:0 mismatched input…"). */
    private static final String PARSER_ERROR = "[ERR ";
    /** Words of exception texts too common to locate a line by. */
    private static final int MIN_TOKEN = 4;

    private final SortedMap<String, String> drl;
    private final Map<String, DrlOutline> outlines;

    IsolatedCompiles(SortedMap<String, String> drl, Map<String, DrlOutline> outlines) {
        this.drl = drl;
        this.outlines = outlines;
    }

    /** @param together the problems of compiling every file together */
    List<RuleDiagnostic> find(List<RuleDiagnostic> together) {
        List<RuleDiagnostic> found = new ArrayList<>();
        Set<String> failing = new TreeSet<>();
        Set<String> crashing = new TreeSet<>();
        if (together.stream().anyMatch(d -> d.file().isEmpty())) {
            for (String file : drl.keySet()) {
                for (RuleDiagnostic d : RuleBook.check(new Isolation(drl, outlines, Set.of()).alone(file)).problems()) {
                    if (d.file().isEmpty()) {
                        crashing.add(file);
                        found.add(new RuleDiagnostic(file, lineNaming(file, d.message()), 0, null, d.message()));
                    }
                }
            }
            failing.addAll(drl.keySet());
            failing.removeAll(crashing);
        }
        together.stream().map(RuleDiagnostic::file).filter(drl::containsKey).forEach(failing::add);
        Isolation isolation = new Isolation(drl, outlines, crashing);
        for (String file : failing) {
            List<RuleDiagnostic> own = keep(RuleBook.check(isolation.fileOnItsOwn(file)).problems(), file, null);
            found.addAll(own);
            boolean unparsable = own.stream().anyMatch(d -> d.message().startsWith(PARSER_ERROR))
                    || together.stream().anyMatch(d -> d.file().equals(file) && d.message().startsWith(PARSER_ERROR));
            if (unparsable) {
                for (RuleDeclaration rule : outlines.get(file).rules()) {
                    found.addAll(keep(RuleBook.check(isolation.ruleOnItsOwn(file, rule)).problems(), file, rule));
                }
            }
        }
        return found;
    }

    private static List<RuleDiagnostic> keep(List<RuleDiagnostic> problems, String file, RuleDeclaration rule) {
        return problems.stream().filter(d -> d.file().equals(file) && (rule == null || rule.covers(d.line()))).toList();
    }

    /**
     * The line an exception text points at: the first line holding the longest word of the text that
     * occurs in the file ("com.x.Missing" of "Class com.x.Missing not found"); 0 when none does.
     */
    private int lineNaming(String file, String message) {
        String[] lines = drl.get(file).split("\n", -1);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= message.length(); i++) {
            boolean part = i < message.length() && (Character.isLetterOrDigit(message.charAt(i)) || message.charAt(i) == '.'
                    || message.charAt(i) == '_');
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String w = message.substring(start, i);
                if (w.length() >= MIN_TOKEN && !w.endsWith("Exception") && !w.endsWith("Error")) {
                    words.add(w);
                }
                start = -1;
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String w : words) {
            for (int n = 0; n < lines.length; n++) {
                if (lines[n].contains(w)) {
                    return n + 1;
                }
            }
        }
        return 0;
    }
}
