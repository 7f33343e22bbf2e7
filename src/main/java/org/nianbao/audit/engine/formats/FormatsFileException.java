package org.nianbao.audit.engine.formats;

import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;

/** rules/formats.properties is missing or invalid; every problem is listed with its file and line. */
public final class FormatsFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleDiagnostic> diagnostics;

    public FormatsFileException(String message, List<RuleDiagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Relative to the rules root, like the DRL compiler's diagnostics. */
    public List<RuleDiagnostic> diagnostics() {
        return diagnostics;
    }
}
