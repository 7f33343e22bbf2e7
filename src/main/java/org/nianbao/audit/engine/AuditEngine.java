package org.nianbao.audit.engine;

import org.nianbao.audit.model.AnnualReport;

/** Runs the rule book over one report in its own session. Thread-safe. OWNER: engine helper — replace this stub. */
public final class AuditEngine {
    public AuditEngine(RuleBook book) {
    }

    /** Never throws for a rule fault: it is returned in the result. */
    public EngineResult evaluate(AnnualReport report) {
        throw new UnsupportedOperationException("AuditEngine not implemented yet");
    }
}
