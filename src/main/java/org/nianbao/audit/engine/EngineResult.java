package org.nianbao.audit.engine;

import java.util.List;
import org.nianbao.audit.model.finding.Finding;

/** What the rules said about one report; {@code fault} is non-null when a rule failed on it. */
public record EngineResult(List<Finding> findings, RuleFault fault) {
    public EngineResult {
        findings = List.copyOf(findings);
    }
}
