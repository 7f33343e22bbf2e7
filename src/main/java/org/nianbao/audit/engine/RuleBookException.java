package org.nianbao.audit.engine;

import java.util.List;

/** The rules failed to compile or break the metadata contract; every problem is listed. */
public final class RuleBookException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleDiagnostic> diagnostics;

    public RuleBookException(String message, List<RuleDiagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<RuleDiagnostic> diagnostics() {
        return diagnostics;
    }
}
