package org.nianbao.audit.parse.narrative;

/** Word tests on compact text used by the claim matchers (fixed word lists, no regex). */
final class Words {
    private Words() {
    }

    static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code words} that starts at {@code i}, or null. */
    static String startingAt(String s, int i, String[] words) {
        for (String w : words) {
            if (s.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    /** True when one of {@code words} ends right before index {@code i}. */
    static boolean endsAt(String s, int i, String[] words) {
        for (String w : words) {
            if (i >= w.length() && s.startsWith(w, i - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first occurrence of any of {@code words}, -1 when none. */
    static int firstIndex(String s, String[] words) {
        int best = -1;
        for (String w : words) {
            int at = s.indexOf(w);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
