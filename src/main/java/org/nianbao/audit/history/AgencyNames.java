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

    /**
     * The name with the higher place names the report itself gives it: a report titled "洪泽区人民政府" whose
     * text says "淮安市洪泽区人民政府办公室" names itself 淮安市洪泽区人民政府. Only a prefix of 省/自治区/市/州/盟
     * names printed right before the name counts — evidence from the document, not a guess — and the longest
     * wins. The name as given when the text has none.
     */
    public static String qualify(String name, String text) {
        if (name == null || name.isBlank() || text == null) {
            return name;
        }
        String n = fold(name);
        if (!AgencyMatcher.startsWithPlace(n)) {
            return name;
        }
        String t = fold(text);
        String best = "";
        for (int at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + 1)) {
            String before = t.substring(Math.max(0, at - 12), at);
            int cut = before.length();
            while (cut > 0 && !BOUNDARY.matcher(before.substring(cut - 1, cut)).matches()) {
                cut--;
            }
            String prefix = before.substring(cut);
            if (HIGHER_PLACES.matcher(prefix).matches() && prefix.length() > best.length()) {
                best = prefix;
            }
        }
        return best.isEmpty() || n.startsWith(best) ? name : best + n;
    }

    /** One or more higher divisions, the whole of what stands between a boundary and the name. */
    private static final java.util.regex.Pattern HIGHER_PLACES =
            java.util.regex.Pattern.compile("(\\p{IsHan}{2,6}?(省|自治区|市|州|盟))+");
    /**
     * What cannot be part of a place name before an agency's: anything but an ideograph, and the function
     * words that introduce a name in a sentence ("由淮安市…", "请与淮安市…联系").
     */
    private static final java.util.regex.Pattern BOUNDARY =
            java.util.regex.Pattern.compile("[^\\p{IsHan}]|[由与在是和及对为向的经据请于将从至按]");

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
