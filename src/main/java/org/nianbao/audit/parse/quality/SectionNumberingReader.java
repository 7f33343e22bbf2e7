package org.nianbao.audit.parse.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.SectionNumbering;

/**
 * The numbering system of each part's heading, separator included ("一、", "一.", "（一）", "1、", "1."), read
 * from the heading as printed, and the system most parts use. {@link NumberingStyle} says which numerals; this
 * says how they are written, which is what a reader sees mixed ("三." among "一、").
 */
final class SectionNumberingReader {
    /** Markdown emphasis and heading marks, and OCR's stray strokes before a numeral ("l一、"). */
    private static final String LEADING_NOISE = "#*_>~`|lI丨";

    List<SectionNumbering> read(List<Section> sections) {
        List<Section> parts = sections.stream().filter(s -> s.getNumber() >= 1).toList();
        List<String[]> systems = new ArrayList<>(parts.size());
        Map<String, Integer> counts = new HashMap<>();
        for (Section s : parts) {
            String[] read = system(s);
            systems.add(read);
            counts.merge(read[0], 1, Integer::sum);
        }
        String prevailing = prevailing(parts, systems, counts);
        List<SectionNumbering> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Section s = parts.get(i);
            out.add(new SectionNumbering(s.getNumber(), s.getPosition(), systems.get(i)[0], systems.get(i)[1], prevailing,
                    s.getHeadingLine(), s.getHeading()));
        }
        return out;
    }

    /** The system most parts use; on a tie the one of the part printed first. */
    private static String prevailing(List<Section> parts, List<String[]> systems, Map<String, Integer> counts) {
        String best = null;
        int bestPosition = Integer.MAX_VALUE;
        int bestCount = 0;
        for (int i = 0; i < parts.size(); i++) {
            String system = systems.get(i)[0];
            int count = counts.get(system);
            int position = parts.get(i).getPosition();
            if (count > bestCount || (count == bestCount && position < bestPosition)) {
                best = system;
                bestCount = count;
                bestPosition = position;
            }
        }
        return best == null ? "" : best;
    }

    /** {system, numbering as printed} of one heading. */
    static String[] system(Section section) {
        NumberingStyle style = section.getNumberingStyle();
        String h = section.getHeading();
        int i = 0;
        while (i < h.length() && (FoldedText.fold(h.charAt(i)) == FoldedText.SPACE || LEADING_NOISE.indexOf(h.charAt(i)) >= 0)) {
            i++;
        }
        int start = i;
        switch (style) {
            case CHINESE -> {
                while (i < h.length() && MarkerKind.isOrdinalNumeral(h.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return new String[] {"一、", ""};
                }
                return numbered("一", h, start, i);
            }
            case CHINESE_PAREN -> {
                while (i < h.length() && FoldedText.fold(h.charAt(i)) != ')') {
                    i++;
                }
                return new String[] {"（一）", i < h.length() ? h.substring(start, i + 1) : ""};
            }
            case ARABIC -> {
                while (i < h.length() && Character.isDigit(FoldedText.fold(h.charAt(i)))) {
                    i++;
                }
                String[] read = numbered("1", h, start, i);
                return read[0].equals("1") ? new String[] {"1、", read[1]} : read; // Numbering reads 3、 or 3. only
            }
            default -> {
                return new String[] {"", ""};
            }
        }
    }

    /** The numeral at [start, end) and the separator after it (spaces between allowed): {system, as printed}. */
    private static String[] numbered(String numeral, String h, int start, int end) {
        int at = end;
        while (at < h.length() && FoldedText.fold(h.charAt(at)) == FoldedText.SPACE) {
            at++;
        }
        String separator = at < h.length() ? separator(FoldedText.fold(h.charAt(at))) : "";
        return separator.isEmpty()
                ? new String[] {numeral, h.substring(start, end)}
                : new String[] {numeral + separator, h.substring(start, at + 1)};
    }

    /** The separator after a numeral as a reader names it, "" when there is none. */
    private static String separator(char c) {
        return switch (c) {
            case '、' -> "、";
            case '.' -> ".";
            case ',' -> "，";
            case ':' -> "：";
            case ';' -> "；";
            default -> "";
        };
    }
}
