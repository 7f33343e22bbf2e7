package org.nianbao.audit.engine;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * Where the rules come from: {@code --rules DIR}, else {@code ./rules} when present, else the copy
 * bundled in the jar (resource folder {@code bundled-rules/}). OWNER: engine helper — replace this stub.
 */
public final class RulesSource {
    /** @param explicit the --rules folder, or null */
    public static RulesSource resolve(Path explicit) {
        throw new UnsupportedOperationException("RulesSource not implemented yet");
    }

    /** Human-readable location, e.g. "rules/" or "(bundled)". */
    public String describe() {
        throw new UnsupportedOperationException();
    }

    /** Every file below the rules root, by relative path with '/' separators ("arithmetic/table2.drl"), sorted. */
    public SortedMap<String, String> files() {
        throw new UnsupportedOperationException();
    }
}
