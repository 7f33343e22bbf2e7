package org.nianbao.audit.engine.session;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Finds the rule to blame for a crash: the consequence's own match, else the rule firing when it
 * happened, else a rule named in the exception texts (constraint errors say which rule they belong
 * to), else nobody.
 */
final class FaultAttribution {
    private final KieBase base;

    FaultAttribution(KieBase base) {
        this.base = base;
    }

    Rule blame(Throwable error, FiringMonitor monitor) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
                return ce.getMatch().getRule();
            }
        }
        if (monitor.inConsequence()) {
            return monitor.current();
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Rule named = namedIn(t.getMessage());
            if (named != null) {
                return named;
            }
        }
        return null;
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
                    i = text.indexOf("rule " + rule.getName());
                }
                if (i >= 0 && i < at) {
                    found = rule;
                    at = i;
                }
            }
        }
        return found;
    }

    /** How a fault names a rule: its @id when it has one, else its DRL name. */
    static String label(Rule rule) {
        if (rule == null) {
            return FaultMessages.UNKNOWN_RULE;
        }
        Object id = rule.getMetaData().get("id");
        return id != null ? id.toString() : rule.getName();
    }
}
