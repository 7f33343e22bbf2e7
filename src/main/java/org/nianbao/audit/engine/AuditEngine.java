package org.nianbao.audit.engine;

import org.nianbao.audit.engine.facts.FactInserter;
import org.nianbao.audit.engine.session.SessionRunner;
import org.nianbao.audit.model.AnnualReport;

/** Runs the rule book over one report in its own session. Thread-safe. */
public final class AuditEngine {
    /** Far above what a sound rule set needs for one report (~60 facts), low enough to stop a loop in milliseconds. */
    public static final int DEFAULT_FIRE_LIMIT = 10_000;

    private final FactInserter facts;
    private final SessionRunner runner;

    public AuditEngine(RuleBook book) {
        this(book, DEFAULT_FIRE_LIMIT);
    }

    public AuditEngine(RuleBook book, int fireLimit) {
        this.facts = new FactInserter(book.lexicons());
        this.runner = new SessionRunner(book.kieBase(), book.hazards(), fireLimit);
    }

    /** Never throws for a rule fault: it is returned in the result. */
    public EngineResult evaluate(AnnualReport report) {
        return runner.run(facts.facts(report));
    }
}
