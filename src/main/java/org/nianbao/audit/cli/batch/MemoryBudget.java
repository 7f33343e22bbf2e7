package org.nianbao.audit.cli.batch;

import java.util.concurrent.Semaphore;

/**
 * Bounds the memory the reports in flight may take together. Reading, parsing and judging a report holds
 * about {@link #BYTES_PER_INPUT_BYTE} bytes of heap per byte of the file (measured on generated 50 MB
 * reports, bench/README.md), so each report reserves its estimate, in MiB, before it is read: small
 * reports run side by side as before, a large one waits until enough is free (the semaphore is fair, so
 * small ones do not starve it) and so runs nearly alone, and one whose estimate exceeds the whole budget
 * is not read at all: it is not assessable, with the reason. The budget is a share of the heap the JVM
 * may grow to (-Xmx), after a reserve for the rules, the renderers and the JVM itself.
 */
final class MemoryBudget {
    /**
     * Measured on generated one-report files of 30 and 50 MB: the peak live heap of a report is 7–8 bytes
     * per input byte (its lines, their normalised copies, section bodies, claims, then the engine's facts).
     */
    static final long BYTES_PER_INPUT_BYTE = 8;
    private static final long MIB = 1L << 20;
    /** The rule base, sessions, renderers and the JVM's own needs. */
    private static final long RESERVE = 128 * MIB;
    private static final int MIN_BUDGET_MIB = 32;
    private static final double SHARE = 0.8;
    /** A report of a few hundred KB: the floor every report reserves. */
    private static final int MIN_COST_MIB = 1;

    private final int totalMib;
    private final Semaphore free;

    MemoryBudget(int totalMib) {
        this.totalMib = Math.max(MIN_COST_MIB, totalMib);
        this.free = new Semaphore(this.totalMib, true);
    }

    /** The budget for a heap that may grow to {@code maxHeap} bytes. */
    static MemoryBudget forHeap(long maxHeap) {
        long usable = (long) ((maxHeap - RESERVE) * SHARE) / MIB;
        return new MemoryBudget((int) Math.max(MIN_BUDGET_MIB, Math.min(Integer.MAX_VALUE, usable)));
    }

    /** This JVM's budget. */
    static MemoryBudget ofThisJvm() {
        return forHeap(Runtime.getRuntime().maxMemory());
    }

    int totalMib() {
        return totalMib;
    }

    /** The MiB a file of {@code bytes} bytes is expected to need while it is audited. */
    static int estimateMib(long bytes) {
        long need = (bytes * BYTES_PER_INPUT_BYTE + MIB - 1) / MIB;
        return (int) Math.max(MIN_COST_MIB, Math.min(Integer.MAX_VALUE, need));
    }

    boolean fits(int mib) {
        return mib <= totalMib;
    }

    void acquire(int mib) {
        free.acquireUninterruptibly(mib);
    }

    void release(int mib) {
        free.release(mib);
    }
}
