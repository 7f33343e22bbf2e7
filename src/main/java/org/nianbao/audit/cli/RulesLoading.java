package org.nianbao.audit.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Compiles the rules on a thread of its own while the command walks the input folders: with thousands
 * of files both take a noticeable part of a second, and the first result waits for the slower of the two
 * instead of their sum. The thread is a daemon, so a usage error found meanwhile still ends the run at once.
 */
final class RulesLoading {
    private final CompletableFuture<AuditorFactory.Loaded> loaded = new CompletableFuture<>();

    private RulesLoading() {
    }

    static RulesLoading start(AuditorFactory factory, AuditorFactory.Request request) {
        RulesLoading loading = new RulesLoading();
        Thread t = new Thread(() -> {
            try {
                loading.loaded.complete(factory.create(request));
            } catch (Throwable e) { // NOPMD: whatever ends this thread must reach the caller, or await() would wait forever
                loading.loaded.completeExceptionally(e);
            }
        }, "rules-compiler");
        t.setDaemon(true);
        t.start();
        return loading;
    }

    /** The loaded auditor; rethrows what loading threw, so callers see the same outcomes as a direct call. */
    AuditorFactory.Loaded await() throws RulesRejected {
        try {
            return loaded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RulesRejected r) {
                throw r;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(cause); // a checked exception thrown past the compiler's checks
        }
    }
}
