package org.nianbao.audit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;

/** The rules could not be loaded: every diagnostic, and the root their file names are relative to. */
public final class RulesRejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final String root;
    private final transient List<RuleDiagnostic> diagnostics;
    private final transient List<RuleDiagnostic> cascade;

    public RulesRejected(String message, String root, List<RuleDiagnostic> diagnostics, Throwable cause) {
        this(message, root, diagnostics, List.of(), cause);
    }

    /** @param cascade the diagnostics that likely follow from a syntax error: printed last, folded under it */
    public RulesRejected(String message, String root, List<RuleDiagnostic> diagnostics, List<RuleDiagnostic> cascade,
                         Throwable cause) {
        super(message, cause);
        this.root = root;
        this.diagnostics = List.copyOf(diagnostics);
        this.cascade = List.copyOf(cascade);
    }

    /** The rules folder as every command resolves it (--rules, else ./rules, else bundled), or why it cannot be read. */
    static RulesSource resolve(Path rulesDir) throws RulesRejected {
        try {
            return RulesSource.resolve(rulesDir);
        } catch (RuntimeException e) {
            throw new RulesRejected(String.valueOf(e.getMessage()), "", List.of(), e);
        }
    }

    public String root() {
        return root;
    }

    public List<RuleDiagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Every diagnostic as "file:line:col: message" and a count, or the one message when there are none. The
     * root errors come first; the errors that likely follow from a syntax error are folded under a line
     * saying so, indented.
     */
    void printTo(PrintWriter err) {
        if (diagnostics.isEmpty()) {
            err.println(CliMessages.rulesError(getMessage()));
        } else {
            for (RuleDiagnostic d : diagnostics) {
                if (!cascade.contains(d)) {
                    err.println(d.format(root));
                }
            }
            if (!cascade.isEmpty()) {
                err.println(CliMessages.cascadeFolded(cascade.size()));
                cascade.forEach(d -> err.println("    " + d.format(root)));
            }
            err.println(CliMessages.rulesFailed(diagnostics.size()));
        }
        err.flush();
    }
}
