package org.nianbao.audit.engine.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.nianbao.audit.engine.RuleDiagnostic;

/**
 * DRL the executable model compiles but judges differently from the classic engine, found in the rule
 * tree Drools' own DRL parser gives (so comments, strings, spacing and the short {@code acc} keyword are
 * handled as Drools handles them), so that the build does not precompile it even when no rule case shows
 * the difference. Known today (drools-10-notes E3): a constraint on an accumulate's result that refers to
 * the result of an earlier accumulate, {@code accumulate(…; $t1 : sum($a)) accumulate(…; $t3 : sum($b); $t1 > $t3)},
 * which the executable model lets through whatever the values. The same reference from a
 * {@code $x : T(…) from accumulate(…)} pattern is refused too: not proven safe. (E4, an array element
 * bound and summed, is already refused as a jit hazard.)
 */
public final class ExecutableModelHazards {
    /** Any identifier, with or without '$': a binding may be written either way. */
    private static final Pattern REFERENCE = Pattern.compile("\\$?[A-Za-z_]\\w*");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");

    private ExecutableModelHazards() {
    }

    /** One diagnostic per offending accumulate, at its line; none for text the parser rejects (compiling reports it). */
    public static List<RuleDiagnostic> scan(String file, String text) {
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        List<RuleDiagnostic> found = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            walk(rule.getLhs(), new HashSet<>(), rule.getName(), file, found);
        }
        return found;
    }

    /** Depth first, in the order the conditions are written; {@code results} holds the earlier accumulates' names. */
    private static void walk(BaseDescr d, Set<String> results, String rule, String file, List<RuleDiagnostic> found) {
        if (d instanceof PatternDescr p && p.getSource() instanceof AccumulateDescr acc) {
            Set<String> own = new HashSet<>();
            acc.getFunctions().stream().map(AccumulateDescr.AccumulateFunctionCallDescr::getBind)
                    .filter(b -> b != null).forEach(b -> own.add(stripDollar(b)));
            if (p.getIdentifier() != null) {
                own.add(stripDollar(p.getIdentifier()));
            }
            if (refersTo((BaseDescr) p.getConstraint(), results)) {
                found.add(new RuleDiagnostic(file, p.getLine(), 0, rule, CompileMessages.earlierAccumulateInResultConstraint()));
            }
            results.addAll(own);
            return;
        }
        if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(child, results, rule, file, found);
            }
        }
    }

    private static boolean refersTo(BaseDescr constraint, Set<String> names) {
        if (constraint instanceof ExprConstraintDescr e) {
            Matcher m = REFERENCE.matcher(STRING.matcher(e.getExpression()).replaceAll("\"\""));
            while (m.find()) {
                if (names.contains(stripDollar(m.group()))) {
                    return true;
                }
            }
            return false;
        }
        if (constraint instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                if (refersTo(child, names)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripDollar(String name) {
        return name.startsWith("$") ? name.substring(1) : name;
    }
}
