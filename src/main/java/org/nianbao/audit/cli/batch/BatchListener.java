package org.nianbao.audit.cli.batch;

import org.nianbao.audit.render.summary.SummaryRow;

/** Progress callbacks; {@link #reportDone} is called from worker threads. */
public interface BatchListener {
    void started(int total);

    void reportDone(SummaryRow row, int done);

    BatchListener NONE = new BatchListener() {
        @Override
        public void started(int total) {
        }

        @Override
        public void reportDone(SummaryRow row, int done) {
        }
    };
}
