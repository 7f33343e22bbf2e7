package org.nianbao.audit.engine.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether every rule has both a case it fires on and a case it passes: a rule never seen to fire, or never
 * seen to stay silent, is untested. Also flags case folders whose rule no longer exists.
 */
public final class CaseCoverage {
    private CaseCoverage() {
    }

    /** One line per gap, sorted by rule id; empty when every rule is covered both ways. */
    public static List<String> gaps(Collection<String> ruleIds, List<RuleCase> cases) {
        Map<String, Set<CaseKind>> seen = new HashMap<>();
        for (RuleCase c : cases) {
            seen.computeIfAbsent(c.ruleId(), k -> EnumSet.noneOf(CaseKind.class)).add(c.kind());
        }
        List<String> gaps = new ArrayList<>();
        for (String id : new TreeSet<>(ruleIds)) {
            Set<CaseKind> kinds = seen.getOrDefault(id, EnumSet.noneOf(CaseKind.class));
            for (CaseKind kind : CaseKind.values()) {
                if (!kinds.contains(kind)) {
                    gaps.add(CaseMessages.missingCase(id, kind));
                }
            }
        }
        for (String folder : new TreeSet<>(seen.keySet())) {
            if (!ruleIds.contains(folder)) {
                gaps.add(CaseMessages.unknownRule(folder));
            }
        }
        return gaps;
    }
}
