package org.nianbao.audit.engine.compile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.nianbao.audit.engine.RuleDiagnostic;

/**
 * The result of compiling a set of DRL files: the KieBase when Drools reported no error, the errors
 * mapped to the author's files otherwise, and each file's outline (available even when compiling failed).
 */
public record Compilation(KieBase kieBase, List<RuleDiagnostic> diagnostics, Map<String, DrlOutline> outlines) {
    public Compilation {
        diagnostics = List.copyOf(diagnostics);
        outlines = Map.copyOf(outlines);
    }

    public boolean succeeded() {
        return kieBase != null && diagnostics.isEmpty();
    }

    public Optional<KieBase> base() {
        return Optional.ofNullable(kieBase);
    }
}
