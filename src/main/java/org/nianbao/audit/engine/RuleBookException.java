package org.nianbao.audit.engine;

import java.util.List;

/**
 * The rules failed to compile or break the metadata contract; every problem is listed. When a DRL syntax
 * error makes Drools fail in files nobody touched (a function or type of the broken file goes missing,
 * and with it every import of it), those follow-on errors are the {@link #cascade()}: shown after the
 * root errors, folded under them.
 */
public final class RuleBookException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleDiagnostic> diagnostics;
    private final transient List<RuleDiagnostic> cascade;

    public RuleBookException(String message, List<RuleDiagnostic> diagnostics) {
        this(message, diagnostics, List.of());
    }

    /** @param cascade the diagnostics among {@code diagnostics} that likely follow from a syntax error */
    public RuleBookException(String message, List<RuleDiagnostic> diagnostics, List<RuleDiagnostic> cascade) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
        this.cascade = List.copyOf(cascade);
    }

    /** Every problem: the root ones first, then the cascade. */
    public List<RuleDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** The problems that likely follow from a syntax error elsewhere; empty when there is none. */
    public List<RuleDiagnostic> cascade() {
        return cascade;
    }
}
