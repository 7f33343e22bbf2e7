package org.nianbao.audit.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
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
 * on dispose), then disposes it. Findings are the {@link Finding} facts the consequences inserted (never
 * a session-scoped global, which concurrent executions would share). A run counts only when it ended
 * normally: every other ending becomes a {@link RuleFault} naming the rule, so the report is not
 * assessable and one bad rule costs one report, never the run —
 * <ul>
 *   <li>any Throwable: exceptions, Drools 10.2's jit Errors (NoSuchMethodError…), stack or memory exhaustion;</li>
 *   <li>the firing limit: a rule that keeps re-triggering (the limit grows with the report's facts, so a long
 *       report whose rules fire once per line is not mistaken for a loop);</li>
 *   <li>an early stop: a rule that called {@code drools.halt()} leaves work on the agenda, which one more
 *       firing reveals;</li>
 *   <li>the time limit ({@link RuleClock}): a rule stuck in a loop of its own.</li>
 * </ul>
 * Thread-safe: the KieBase is shared, everything else is per call.
 */
public final class SessionRunner {
    /** Firings allowed per fact on top of the base limit: rules fire a few times per line, a loop without end. */
    static final int FIRINGS_PER_FACT = 4;

    private final KieBase base;
    private final KieSessionsPool pool;
    private final int fireLimit;
    private final RuleClock clock;
    private final FaultAttribution attribution;

    /**
     * @param poolSize 0 for a new session per report; else the size of a {@link KieSessionsPool} whose
     *                 sessions are reset on dispose and reused
     * @param fireLimit firings after which a small report is given up as looping (more for larger ones)
     * @param drlFiles the DRL the base was built from, to blame a run stopped inside a function
     */
    public SessionRunner(KieBase base, List<JitHazards.Use> hazards, int poolSize, int fireLimit, RuleClock clock,
                         SortedMap<String, String> drlFiles) {
        this.base = base;
        this.pool = poolSize > 0 ? base.newKieSessionsPool(poolSize) : null;
        this.fireLimit = fireLimit;
        this.clock = clock;
        this.attribution = new FaultAttribution(base, hazards, new FunctionCallers(drlFiles));
    }

    /** The firing limit for a report of {@code facts} facts. */
    int fireLimit(int facts) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(fireLimit, (long) FIRINGS_PER_FACT * facts));
    }

    public EngineResult run(List<Object> facts) {
        FiringMonitor monitor = new FiringMonitor();
        KieSession session = null;
        RuleClock.Watch watch = null;
        EngineResult result = null;
        boolean timedOut = false;
        try {
            try {
                session = pool != null ? pool.newKieSession() : base.newKieSession();
                session.addEventListener(monitor);
                watch = clock.start(session);
                result = fire(session, facts, monitor);
            } catch (ThreadDeath stopped) { // NOPMD: the clock stopped a stuck rule; judged below
                timedOut = true;
            } catch (Throwable e) { // NOPMD: jit bugs throw Errors; one report's fault must not end the run
                String rule = FaultAttribution.label(attribution.blame(e, monitor));
                result = faulted(session, new RuleFault(rule, FaultMessages.threw(rule, e)));
            } finally {
                if (watch != null) {
                    timedOut |= watch.close();
                }
            }
        } catch (ThreadDeath late) { // NOPMD: the clock's stop, delivered while the run was closing
            timedOut = true;
        }
        if (timedOut) {
            String rule = FaultAttribution.label(attribution.blameStuck(watch.stuckAt(), monitor));
            result = new EngineResult(List.of(), new RuleFault(rule, FaultMessages.timedOut(rule, clock.limit().toSeconds())));
        }
        release(session, monitor, timedOut);
        return result;
    }

    private EngineResult fire(KieSession session, List<Object> facts, FiringMonitor monitor) {
        for (Object fact : facts) {
            session.insert(fact);
        }
        int limit = fireLimit(facts.size());
        int fired = session.fireAllRules(limit);
        if (fired >= limit) {
            List<Rule> loop = monitor.loopers();
            String rule = FaultAttribution.label(loop);
            int count = loop.isEmpty() ? fired : monitor.count(loop.get(0));
            return faulted(session, new RuleFault(rule, FaultMessages.looped(rule, count, limit)));
        }
        Rule last = monitor.current();
        if (session.fireAllRules(1) > 0) { // a normal run leaves nothing to fire: something halted it
            String rule = FaultAttribution.label(last);
            return faulted(session, new RuleFault(rule, FaultMessages.halted(rule)));
        }
        return new EngineResult(findings(session), null);
    }

    /**
     * A session the clock stopped may be half-changed: it is dropped (left to the garbage collector), never
     * reset into the pool. Any other session is disposed, which resets a pooled one for the next report.
     */
    private static void release(KieSession session, FiringMonitor monitor, boolean stopped) {
        if (session == null || stopped) {
            return;
        }
        try {
            session.removeEventListener(monitor);
            session.dispose();
        } catch (RuntimeException e) { // NOPMD: a session broken by a fault is simply not reused
            // nothing to do
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
