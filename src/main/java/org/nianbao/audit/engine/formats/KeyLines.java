package org.nianbao.audit.engine.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The line each key of a properties text is written on, so a diagnostic can point at it; {@link
 * java.util.Properties} itself forgets where a key came from. Keys written with escapes or on a
 * continuation line are not located (line 0), which only costs the pointer, never the check.
 */
public final class KeyLines {
    /** Every line each key is written on, in file order. */
    private final Map<String, List<Integer>> lines = new LinkedHashMap<>();

    public KeyLines(String text) {
        String[] all = text.split("\n", -1);
        boolean continued = false;
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            boolean startsEntry = !continued && !line.isEmpty() && line.charAt(0) != '#' && line.charAt(0) != '!';
            if (startsEntry) {
                lines.computeIfAbsent(keyOf(line), k -> new ArrayList<>()).add(i + 1);
            }
            continued = endsWithOddBackslashes(line) && (continued || startsEntry);
        }
    }

    /** 1-based line of {@code key} (the last one, which Properties keeps), 0 when it is not written in the file. */
    public int of(String key) {
        List<Integer> all = lines.get(key);
        return all == null ? 0 : all.get(all.size() - 1);
    }

    /**
     * The keys written more than once, in file order, each with all its lines. {@link java.util.Properties}
     * silently keeps the last value, so a second {@code weight.error=0} further down would quietly win.
     */
    public Map<String, List<Integer>> duplicates() {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        lines.forEach((key, at) -> {
            if (at.size() > 1) {
                out.put(key, List.copyOf(at));
            }
        });
        return out;
    }

    /** The keys in the order they are first written. */
    public List<String> keysInOrder() {
        return List.copyOf(lines.keySet());
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
