package org.nianbao.audit.grade;

import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;

/** The grading policy file is missing or invalid: every problem, each at its line of grading.properties. */
public final class GradingPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleDiagnostic> diagnostics;

    public GradingPolicyException(String message, List<RuleDiagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Problems with the file (relative to the rules root), line and message. */
    public List<RuleDiagnostic> diagnostics() {
        return diagnostics;
    }
}
