package org.nianbao.audit.engine.formats;

import java.util.HashMap;
import java.util.Map;

/**
 * The line each key of a properties text is written on, so a diagnostic can point at it; {@link
 * java.util.Properties} itself forgets where a key came from. Keys written with escapes or on a
 * continuation line are not located (line 0), which only costs the pointer, never the check.
 */
public final class KeyLines {
    private final Map<String, Integer> lines = new HashMap<>();

    public KeyLines(String text) {
        String[] all = text.split("\n", -1);
        boolean continued = false;
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            boolean startsEntry = !continued && !line.isEmpty() && line.charAt(0) != '#' && line.charAt(0) != '!';
            if (startsEntry) {
                lines.put(keyOf(line), i + 1); // the last one wins, as in Properties
            }
            continued = endsWithOddBackslashes(line) && (continued || startsEntry);
        }
    }

    /** 1-based line of {@code key}, 0 when it is not written in the file. */
    public int of(String key) {
        return lines.getOrDefault(key, 0);
    }

    private static String keyOf(String line) {
        int end = 0;
        while (end < line.length() && "=: \t\f".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(0, end);
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
