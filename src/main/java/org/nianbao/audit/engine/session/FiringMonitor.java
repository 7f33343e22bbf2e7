package org.nianbao.audit.engine.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Watches one session's firings: which rule is firing now (to blame a crash that carries no rule, or a
 * run stopped by the time limit, read from the clock's thread) and how often each rule fired (to name
 * the rules that loop). One instance per session.
 */
final class FiringMonitor extends DefaultAgendaEventListener {
    private final Map<Rule, Integer> counts = new HashMap<>();
    private volatile Rule firing;
    private volatile Rule lastFired;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        firing = rule;
        counts.merge(rule, 1, Integer::sum);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastFired = firing;
        firing = null;
    }

    /** The rule whose consequence is running, else the one that fired last; null before any firing. */
    Rule current() {
        Rule now = firing;
        return now != null ? now : lastFired;
    }

    /** True while a consequence runs: a crash now is that rule's. */
    boolean inConsequence() {
        return firing != null;
    }

    /**
     * The rules that loop: those that fired at least half as often as the most fired one. Rules that
     * trigger each other fire about equally often (a tie, or one apart), and naming one of them by
     * alphabet would blame an arbitrary one; a rule that fires once per line of a long report stays far
     * below a loop that reached the firing limit. Sorted by name.
     */
    List<Rule> loopers() {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Rule> out = new ArrayList<>();
        counts.forEach((rule, count) -> {
            if (max > 0 && 2L * count >= max) {
                out.add(rule);
            }
        });
        out.sort(Comparator.comparing(Rule::getName));
        return out;
    }

    int count(Rule rule) {
        return counts.getOrDefault(rule, 0);
    }
}
