package org.nianbao.audit.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.engine.RuleFault;
import org.nianbao.audit.engine.compile.JitHazards;
import org.nianbao.audit.model.finding.Finding;

/**
 * Runs the rules over one report's facts in a session of its own (fresh, or taken from a pool and reset
 * on dispose), then disposes it. Findings are the
 * {@link Finding} facts the consequences inserted (never a session-scoped global, which concurrent
 * executions would share). Any Throwable — Drools 10.2's jitted constraints throw Errors such as
 * NoSuchMethodError — and a runaway rule become a {@link RuleFault}, so one bad rule costs one report,
 * never the run. Thread-safe: the KieBase is shared, everything else is per call.
 */
public final class SessionRunner {
    private final KieBase base;
    private final KieSessionsPool pool;
    private final int fireLimit;
    private final FaultAttribution attribution;

    /**
     * @param poolSize 0 for a new session per report; else the size of a {@link KieSessionsPool} whose
     *                 sessions are reset on dispose and reused
     * @param fireLimit firings after which the report is given up as looping
     */
    public SessionRunner(KieBase base, List<JitHazards.Use> hazards, int poolSize, int fireLimit) {
        this.base = base;
        this.pool = poolSize > 0 ? base.newKieSessionsPool(poolSize) : null;
        this.fireLimit = fireLimit;
        this.attribution = new FaultAttribution(base, hazards);
    }

    public EngineResult run(List<Object> facts) {
        FiringMonitor monitor = new FiringMonitor();
        KieSession session = null;
        try {
            session = pool != null ? pool.newKieSession() : base.newKieSession();
            session.addEventListener(monitor);
            for (Object fact : facts) {
                session.insert(fact);
            }
            int fired = session.fireAllRules(fireLimit);
            if (fired >= fireLimit) {
                Rule loop = monitor.mostFired();
                String rule = FaultAttribution.label(loop);
                return faulted(session, new RuleFault(rule, FaultMessages.looped(rule, monitor.count(loop), fireLimit)));
            }
            return new EngineResult(findings(session), null);
        } catch (Throwable e) { // NOPMD: jit bugs throw Errors; one report's fault must not end the run
            String rule = FaultAttribution.label(attribution.blame(e, monitor));
            return faulted(session, new RuleFault(rule, FaultMessages.threw(rule, e)));
        } finally {
            if (session != null) {
                session.removeEventListener(monitor);
                session.dispose();
            }
        }
    }

    /** Findings raised before the fault are kept: they are true, but the report is not assessable. */
    private static EngineResult faulted(KieSession session, RuleFault fault) {
        List<Finding> partial = new ArrayList<>();
        if (session != null) {
            try {
                partial.addAll(findings(session));
            } catch (RuntimeException ignored) { // NOPMD: a broken session yields no partial findings
                partial.clear();
            }
        }
        return new EngineResult(partial, fault);
    }

    private static List<Finding> findings(KieSession session) {
        List<Finding> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) {
            out.add((Finding) o);
        }
        out.sort(Finding.ORDER);
        return out;
    }
}
