package org.nianbao.audit.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;
import org.nianbao.audit.engine.compile.JitHazards;

/**
 * Finds the rule to blame for a crash: the consequence's own match, else the rule firing when it
 * happened, else a rule named in the exception texts (constraint errors name their rule), else the
 * rules whose conditions use the construct that throws exactly this error (Drools 10.2's jitted
 * constraints throw bare Errors that name no rule). Empty when nothing points at a rule.
 */
final class FaultAttribution {
    private final KieBase base;
    private final List<JitHazards.Use> hazards;

    private final FunctionCallers functions;

    FaultAttribution(KieBase base, List<JitHazards.Use> hazards, FunctionCallers functions) {
        this.base = base;
        this.hazards = List.copyOf(hazards);
        this.functions = functions;
    }

    /**
     * The rule to blame for a run that outlasted its time limit: the one whose consequence was running,
     * else the rules whose conditions call the DRL function the thread was in; none when neither (the
     * rule fired last is not named: it may well be innocent).
     */
    List<Rule> blameStuck(StackTraceElement[] stuckAt, FiringMonitor monitor) {
        if (monitor.inConsequence()) {
            return List.of(monitor.current());
        }
        List<Rule> callers = new ArrayList<>();
        for (FunctionCallers.RuleRef ref : functions.of(stuckAt)) {
            Rule rule = base.getRule(ref.packageName(), ref.name());
            if (rule != null) {
                callers.add(rule);
            }
        }
        return callers;
    }

    List<Rule> blame(Throwable error, FiringMonitor monitor) {
        for (Throwable t : chain(error)) {
            if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
                return List.of(ce.getMatch().getRule());
            }
        }
        if (monitor.inConsequence()) {
            return List.of(monitor.current());
        }
        for (Throwable t : chain(error)) {
            Rule named = namedIn(t.getMessage());
            if (named != null) {
                return List.of(named);
            }
        }
        return suspects(error);
    }

    /** How a fault names its rules: each rule's @id when it has one, else its DRL name. */
    static String label(List<Rule> rules) {
        if (rules.isEmpty()) {
            return FaultMessages.UNKNOWN_RULE;
        }
        return rules.stream().map(FaultAttribution::label).distinct().sorted().collect(Collectors.joining("、"));
    }

    static String label(Rule rule) {
        if (rule == null) {
            return FaultMessages.UNKNOWN_RULE;
        }
        Object id = rule.getMetaData().get("id");
        return id != null ? id.toString() : rule.getName();
    }

    private List<Rule> suspects(Throwable error) {
        List<Rule> out = new ArrayList<>();
        for (Throwable t : chain(error)) {
            for (JitHazards.Use use : hazards) {
                if (use.hazard().explains(t)) {
                    Rule rule = base.getRule(use.packageName(), use.rule());
                    if (rule != null && !out.contains(rule)) {
                        out.add(rule);
                    }
                }
            }
        }
        return out;
    }

    /** The first rule of the base whose quoted name appears in {@code text}. */
    private Rule namedIn(String text) {
        if (text == null) {
            return null;
        }
        Rule found = null;
        int at = Integer.MAX_VALUE;
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                int i = text.indexOf("\"" + rule.getName() + "\"");
                if (i < 0) {
                    i = text.indexOf("'" + rule.getName() + "'");
                }
                if (i >= 0 && i < at) {
                    found = rule;
                    at = i;
                }
            }
        }
        return found;
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable t = error; t != null && out.size() < 10 && !out.contains(t); t = t.getCause()) {
            out.add(t);
        }
        return out;
    }
}
