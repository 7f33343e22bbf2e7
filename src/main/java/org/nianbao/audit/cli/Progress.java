package org.nianbao.audit.cli;

import java.io.PrintWriter;
import org.nianbao.audit.cli.batch.BatchListener;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * Progress on stderr (the command's UTF-8 writer): a one-line bar redrawn with \r on a terminal, plain periodic lines otherwise,
 * nothing with --quiet. Updates are throttled so 100k reports do not flood the console.
 */
abstract class Progress implements BatchListener {
    final PrintWriter err;
    private final long intervalNanos;
    private long startNanos;
    private long lastNanos;
    int total;

    Progress(PrintWriter err, long intervalMillis) {
        this.err = err;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    static BatchListener choose(boolean quiet, boolean terminal, PrintWriter err) {
        if (quiet) {
            return BatchListener.NONE;
        }
        return terminal ? new Bar(err) : new Lines(err);
    }

    @Override
    public void started(int totalReports) {
        this.total = totalReports;
        this.startNanos = System.nanoTime();
        this.lastNanos = startNanos;
    }

    @Override
    public void reportDone(SummaryRow row, int done) {
        long now = System.nanoTime();
        synchronized (this) {
            if (done < total && now - lastNanos < intervalNanos) {
                return;
            }
            lastNanos = now;
            double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
            show(done, done / seconds);
        }
    }

    abstract void show(int done, double rate);

    /** The \r-redrawn bar for terminals. */
    static final class Bar extends Progress {
        private static final int WIDTH = 30;

        Bar(PrintWriter err) {
            super(err, 100);
        }

        @Override
        void show(int done, double rate) {
            int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
            String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
            long eta = rate <= 0 ? 0 : Math.round((total - done) / rate);
            err.print("\r" + CliMessages.progressBar(bar, done, total, rate, eta));
            if (done >= total) {
                err.println();
            }
            err.flush();
        }
    }

    /** Plain lines every few seconds for logs and pipes. */
    static final class Lines extends Progress {
        Lines(PrintWriter err) {
            super(err, 5000);
        }

        @Override
        void show(int done, double rate) {
            err.println(CliMessages.progressLine(done, total, rate));
        }
    }
}
