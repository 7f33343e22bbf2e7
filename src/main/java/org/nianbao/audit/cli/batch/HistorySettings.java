package org.nianbao.audit.cli.batch;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Whether and how a batch uses history: {@code enabled} compares the batch's reports with each other (a
 * first pass summarises them all); {@code store} is the office's history file read for earlier years and
 * written with this run's verdicts (null: none); {@code --no-history} is {@link #OFF}; {@code warn} receives the Chinese
 * messages about a store that could not be used.
 */
public record HistorySettings(boolean enabled, Path store, Consumer<String> warn) {
    /** No history at all (tests of the batch mechanics). */
    public static final HistorySettings OFF = new HistorySettings(false, null, m -> { });

    /** The default store: {@code history.db} in the output folder. */
    public static final String DEFAULT_FILE = "history.db";
}
