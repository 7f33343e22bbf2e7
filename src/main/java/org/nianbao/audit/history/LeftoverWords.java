package org.nianbao.audit.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a report kept from the report it was copied from: the other agency's name or place, and a
 * self-reference of another division of the same level ("我县" left in a 区's report). Division words are
 * the language's, not a regulation's, so they live here with their tests rather than in the rules folder.
 */
public final class LeftoverWords {
    /** A word found in a line, and whether it is the other agency's name/place or a self-reference. */
    public record Found(String word, Kind kind, int line, String quote) {
    }

    public enum Kind { AGENCY_NAME, SELF_REFERENCE }

    /** Divisions of one level: a 区 may be a 县's sibling, never its parent. 市 is left out (both levels exist). */
    private static final List<List<String>> LEVELS = List.of(List.of("县", "区", "旗"), List.of("镇", "乡", "街道"));
    private static final Pattern SELF = Pattern.compile("[我本](县|区|旗|镇|乡|街道)");
    private static final Pattern PLACE = Pattern.compile("^(\\p{IsHan}{1,6}?(省|自治区|市|州|盟|县|区|旗|镇|乡|街道))+");

    private LeftoverWords() {
    }

    /**
     * @param lines      this report's lines (original text), 1-based by position
     * @param ownAgency  this report's agency as printed
     * @param other      the similar report's agency as printed
     * @param otherText  the similar report's running text
     */
    public static List<Found> find(List<String> lines, String ownAgency, String other, String otherText) {
        List<Found> out = new ArrayList<>();
        String own = AgencyNames.fold(ownAgency);
        String theirs = AgencyNames.fold(other);
        String theirPlace = place(theirs);
        String ownUnit = unit(place(own));
        String otherView = AgencyNames.fold(otherText);
        for (int i = 0; i < lines.size(); i++) {
            String line = AgencyNames.fold(lines.get(i));
            String quote = lines.get(i).strip();
            if (!theirs.isEmpty() && !theirs.equals(own) && line.contains(theirs)) {
                out.add(new Found(other.strip(), Kind.AGENCY_NAME, i + 1, quote));
            } else if (theirPlace.length() >= 2 && !own.contains(theirPlace) && line.contains(theirPlace)) {
                out.add(new Found(theirPlace, Kind.AGENCY_NAME, i + 1, quote));
            }
            Matcher m = SELF.matcher(line);
            while (m.find()) {
                if (sameLevelOther(ownUnit, m.group(1)) && otherView.contains(m.group())) {
                    out.add(new Found(m.group(), Kind.SELF_REFERENCE, i + 1, quote));
                }
            }
        }
        return out;
    }

    /** The leading place name ("平潭综合实验区", "淮安市洪泽区"), "" when the name starts with none. */
    static String place(String folded) {
        Matcher m = PLACE.matcher(folded);
        return m.find() ? m.group() : "";
    }

    /** The lowest division in a place name: "淮安市洪泽区" → "区"; "" when none. */
    static String unit(String place) {
        for (String u : List.of("街道", "县", "区", "旗", "镇", "乡")) {
            if (place.endsWith(u)) {
                return u;
            }
        }
        return "";
    }

    private static boolean sameLevelOther(String ownUnit, String word) {
        if (ownUnit.isEmpty() || ownUnit.equals(word)) {
            return false;
        }
        for (List<String> level : LEVELS) {
            if (level.contains(ownUnit) && level.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
