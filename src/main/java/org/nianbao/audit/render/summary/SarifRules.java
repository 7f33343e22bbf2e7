package org.nianbao.audit.render.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules SARIF's tool.driver describes: the whole rule set that was run, plus any rule that fired
 * without being in it (so every result still points at a descriptor), sorted by id. A result's
 * ruleIndex is its rule's position in this list.
 */
final class SarifRules {
    private final List<RuleDescription> rules;
    private final Map<String, Integer> index = new HashMap<>();

    SarifRules(List<RuleDescription> ruleSet, RuleTally tally) {
        Map<String, RuleDescription> byId = new TreeMap<>();
        for (RuleDescription r : ruleSet) {
            byId.putIfAbsent(r.id(), r);
        }
        for (RuleTally.Entry fired : tally.byRule()) {
            byId.putIfAbsent(fired.rule(), RuleDescription.of(fired));
        }
        this.rules = List.copyOf(new ArrayList<>(byId.values()));
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }
    }

    List<RuleDescription> all() {
        return rules;
    }

    /** The rule's position in {@link #all()}, or null for a rule id never seen (not possible for a fired rule). */
    Integer indexOf(String ruleId) {
        return index.get(ruleId);
    }
}
