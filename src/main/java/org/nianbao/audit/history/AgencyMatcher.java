package org.nianbao.audit.history;

import java.util.Optional;

/**
 * Judges whether two identity keys ({@link AgencyNames#key}) may be one agency although they differ. Each
 * likeness is a reason shown to the reader ("可能为同一机关"); none makes the two the same, because 洪泽区人民政府
 * exists once per 洪泽区 but a one-character difference may be two real agencies (鼓楼区 in 福州 and 南京).
 */
public final class AgencyMatcher {
    /** Names shorter than this (folded) are too short for a one-character difference to mean anything. */
    private static final int MIN_FUZZY_LENGTH = 6;
    private final AgencyAliases aliases;

    public AgencyMatcher(AgencyAliases aliases) {
        this.aliases = aliases;
    }

    /** The relation of two keys, with the reason when {@link AgencyMatch#POSSIBLE}. */
    public record Verdict(AgencyMatch match, String reason) {
        static final Verdict SAME = new Verdict(AgencyMatch.SAME, null);
        static final Verdict DIFFERENT = new Verdict(AgencyMatch.DIFFERENT, null);
    }

    public Verdict judge(String a, String b) {
        if (a == null || b == null) {
            return Verdict.DIFFERENT;
        }
        if (a.equals(b)) {
            return Verdict.SAME;
        }
        if (aliases.declaredDistinct(a, b)) {
            return Verdict.DIFFERENT;
        }
        return possibleReason(a, b).map(r -> new Verdict(AgencyMatch.POSSIBLE, r)).orElse(Verdict.DIFFERENT);
    }

    private static Optional<String> possibleReason(String a, String b) {
        if (withoutPilotZone(a).equals(withoutPilotZone(b))) {
            return Optional.of(HistoryMessages.reasonPilotZone());
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.endsWith(shorter) && placePrefix(longer.substring(0, longer.length() - shorter.length()))
                && startsWithPlace(shorter)) {
            return Optional.of(HistoryMessages.reasonPlacePrefix(longer.substring(0, longer.length() - shorter.length())));
        }
        if (shorter.length() >= MIN_FUZZY_LENGTH && longer.length() - shorter.length() <= 1 && withinOneEdit(a, b)) {
            return Optional.of(HistoryMessages.reasonOneCharacter());
        }
        return Optional.empty();
    }

    /**
     * The key with 实验区 read as 区 and a leading higher-level place name dropped ("淮安市洪泽区人民政府" →
     * "洪泽区人民政府"): keys that may be one agency share it, so a store finds them with one indexed look-up.
     */
    public static String looseKey(String key) {
        String s = withoutPilotZone(key);
        java.util.regex.Matcher m = LEADING_PLACE.matcher(s);
        while (m.lookingAt() && startsWithPlace(s.substring(m.end()))) {
            s = s.substring(m.end());
            m = LEADING_PLACE.matcher(s);
        }
        return s;
    }

    private static final java.util.regex.Pattern LEADING_PLACE =
            java.util.regex.Pattern.compile("\\p{IsHan}{1,8}?(省|自治区|市|州|盟|地区)");

    /** 实验区 written as 区 (平潭综合实验区 / 平潭综合区) when the alias file does not say so. */
    static String withoutPilotZone(String key) {
        return key.replace("实验区", "区");
    }

    /** "淮安市" before "洪泽区人民政府": a higher-level place name, nothing else. */
    private static boolean placePrefix(String prefix) {
        return prefix.length() >= 2 && prefix.matches("(\\p{IsHan}{1,8}?(省|自治区|市|州|盟|地区))+");
    }

    /** The shorter name must still name its own place, or any 科学技术局 would match 景德镇市科学技术局. */
    static boolean startsWithPlace(String name) {
        return name.matches("\\p{IsHan}{1,8}?(市|区|县|旗|镇|乡|街道|开发区|新区).+");
    }

    /** Levenshtein distance ≤ 1, in one pass. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !edited || (i == a.length() && j == b.length());
    }
}
