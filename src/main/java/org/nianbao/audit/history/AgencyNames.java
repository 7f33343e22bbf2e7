package org.nianbao.audit.history;

import org.nianbao.audit.engine.lexicon.TextFold;

/**
 * An agency's identity key from the name a report prints: folded (width, white space, quotes, Traditional
 * characters), the office's dropped words removed, its word aliases applied left to right (a rewritten
 * stretch is not rewritten again), then its whole-name aliases. "上海市科委（本级）" and "上海市科学技术委员会"
 * get one key. Only what the alias file states is merged; likenesses beyond it are judged by
 * {@link AgencyMatcher} as possible, never as the same.
 */
public final class AgencyNames {
    private final AgencyAliases aliases;

    public AgencyNames(AgencyAliases aliases) {
        this.aliases = aliases;
    }

    /** The matching view of a name (no aliases): width-folded, without white space, Simplified. */
    public static String fold(String name) {
        return name == null ? "" : TextFold.standard().fold(name);
    }

    /** The identity key; null when there is no name. */
    public String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = fold(name);
        for (String drop : aliases.drops()) {
            s = s.replace(drop, "");
        }
        s = rewrite(s);
        String whole = aliases.name(s);
        return whole.isEmpty() ? null : whole;
    }

    public AgencyAliases aliases() {
        return aliases;
    }

    private String rewrite(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        outer:
        while (i < s.length()) {
            for (AgencyAliases.Word w : aliases.words()) {
                if (s.startsWith(w.variant(), i) && !s.startsWith(w.canonical(), i)) {
                    out.append(w.canonical());
                    i += w.variant().length();
                    continue outer;
                }
                if (s.startsWith(w.canonical(), i) && w.canonical().length() >= w.variant().length()) {
                    // already the full form: keep it whole so its inner words are not rewritten
                    out.append(w.canonical());
                    i += w.canonical().length();
                    continue outer;
                }
            }
            out.append(s.charAt(i++));
        }
        return out.toString();
    }
}
