package org.nianbao.audit.engine.session;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Watches one session's firings: which rule is firing now (to blame a crash that carries no rule) and
 * how often each rule fired (to name the rule that loops). One instance per session; not shared.
 */
final class FiringMonitor extends DefaultAgendaEventListener {
    private final Map<Rule, Integer> counts = new HashMap<>();
    private Rule firing;
    private Rule lastFired;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
        counts.merge(firing, 1, Integer::sum);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastFired = firing;
        firing = null;
    }

    /** The rule whose consequence is running, else the one that fired last; null before any firing. */
    Rule current() {
        return firing != null ? firing : lastFired;
    }

    /** True while a consequence runs: a crash now is that rule's. */
    boolean inConsequence() {
        return firing != null;
    }

    /** The rule that fired most (ties broken by name, so the answer is repeatable). */
    Rule mostFired() {
        Rule best = null;
        int bestCount = -1;
        for (Map.Entry<Rule, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && best != null && e.getKey().getName().compareTo(best.getName()) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }

    int count(Rule rule) {
        return counts.getOrDefault(rule, 0);
    }
}
