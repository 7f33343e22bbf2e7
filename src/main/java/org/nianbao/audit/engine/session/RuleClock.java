package org.nianbao.audit.engine.session;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * The per-report time limit of a rule run. When a run outlasts it, the clock first asks the session to
 * halt (enough for rules that keep firing slowly), and if the run is still going after a grace period —
 * an endless loop inside one consequence or inside a function a condition calls never returns to Drools —
 * stops the thread with {@link Thread#stop()}. That is the only way to end foreign code that does not
 * cooperate without ending the JVM; it is deprecated because the stopped code may leave shared objects
 * half-changed, so the stopped session is never reused and the report is given up (not assessable).
 * Where {@code Thread.stop} is unsupported (JDK 20 and later), the stuck thread runs on, the report is
 * still given up, and the batch goes on with its other threads.
 */
public final class RuleClock {
    /** Generous: a sound rule set takes about a millisecond per report, a 20 MB report a few seconds. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);
    private static final long MIN_GRACE_MILLIS = 200;

    /** One timer thread for every clock; cancelled watches leave its queue at once (100k reports, 100k cancels). */
    private static final ScheduledExecutorService TIMER = timer();

    private final long limitMillis;
    private final long graceMillis;
    private final ScheduledExecutorService timer = TIMER;

    public RuleClock(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + limit);
        }
        this.limitMillis = limit.toMillis();
        this.graceMillis = Math.max(MIN_GRACE_MILLIS, limitMillis / 10);
    }

    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rule-clock");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    public Duration limit() {
        return Duration.ofMillis(limitMillis);
    }

    /** Starts timing a run of {@code session} on the calling thread. */
    Watch start(KieSession session) {
        Watch watch = new Watch(Thread.currentThread(), session);
        watch.schedule(timer.schedule(watch::expire, limitMillis, TimeUnit.MILLISECONDS));
        return watch;
    }

    /**
     * One timed run. States move RUNNING → EXPIRED (halt asked) → STOPPED (thread stopped), or to DONE when
     * the run ends first; every move happens under the watch's lock, so the thread is never stopped after
     * {@link #close()} has marked the run done.
     */
    final class Watch {
        private static final int RUNNING = 0;
        private static final int EXPIRED = 1;
        private static final int STOPPED = 2;
        private static final int DONE = 3;

        private final Thread thread;
        private final KieSession session;
        private int state = RUNNING;
        private ScheduledFuture<?> pending;
        private StackTraceElement[] stuckAt = new StackTraceElement[0];

        private Watch(Thread thread, KieSession session) {
            this.thread = thread;
            this.session = session;
        }

        private synchronized void schedule(ScheduledFuture<?> next) {
            if (state != DONE) {
                pending = next;
            } else {
                next.cancel(false);
            }
        }

        private synchronized void expire() {
            if (state != RUNNING) {
                return;
            }
            state = EXPIRED;
            stuckAt = thread.getStackTrace(); // where it was when the time ran out: names the rule of a stuck condition
            try {
                session.halt();
            } catch (RuntimeException e) { // NOPMD: a session in any state may refuse; the stop below still comes
                // nothing to do
            }
            pending = timer.schedule(this::stop, graceMillis, TimeUnit.MILLISECONDS);
        }

        @SuppressWarnings({"deprecation", "removal"})
        private synchronized void stop() {
            if (state != EXPIRED) {
                return;
            }
            state = STOPPED;
            try {
                thread.stop();
            } catch (UnsupportedOperationException e) { // NOPMD: JDK 20+: the report is given up all the same
                // the thread runs on; see the class comment
            }
        }

        /**
         * Ends the watch; call it inside the code that catches {@link ThreadDeath}: a stop issued just before
         * may be delivered here (the native yield makes a pending one arrive now, not after the caller left).
         * @return true when the time ran out (halted or stopped)
         */
        synchronized boolean close() {
            if (pending != null) {
                pending.cancel(false);
            }
            int was = state;
            state = DONE;
            if (was == STOPPED) {
                Thread.yield();
            }
            return was != RUNNING;
        }

        /** Where the thread stood when the time ran out (empty if it did not). */
        synchronized StackTraceElement[] stuckAt() {
            return stuckAt.clone();
        }
    }
}
