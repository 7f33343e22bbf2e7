package org.nianbao.audit.history.store;

import java.nio.file.Path;

/**
 * A child JVM for the crash test: writes reports to a store as fast as it can, printing each committed
 * number, until it is killed.
 */
public final class StoreWriterProcess {
    private StoreWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (HistoryStore store = HistoryStore.open(Path.of(args[0]))) {
            String text = "本年度我局持续推进政府信息公开工作。".repeat(200);
            for (int i = 0; ; i++) {
                store.put(Summaries.of(args[1] + i, 2023, text + i), Summaries.graded("B", 80));
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
