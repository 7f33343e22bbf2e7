package org.nianbao.audit.parse.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.TextLine;

/**
 * Finds the six section headings. A heading is a short line whose numbering is followed by one of a
 * section's title variants; the first heading per section wins (later ones are table captions or
 * restatements). A section still missing may be recognised by an unnumbered line carrying exactly its
 * title, between its neighbours. Table rows, captions ("表1 …") and the preface's list of six parts
 * never match a title variant. One pass per rule: linear in the number of lines.
 */
final class HeadingFinder {
    private static final int MAX_LINE = SectionTitles.MAX_TITLE + 8;

    List<Heading> find(List<TextLine> lines) {
        Heading[] bySection = new Heading[7];
        for (int i = 0; i < lines.size(); i++) {
            String c = lines.get(i).getNormalized();
            if (c.isEmpty() || c.length() > MAX_LINE) {
                continue;
            }
            Numbering numbering = Numbering.parse(c);
            if (numbering.style() == NumberingStyle.NONE) {
                continue;
            }
            int section = SectionTitles.numbered(c.substring(numbering.titleStart()));
            if (section > 0 && bySection[section] == null) {
                bySection[section] = new Heading(section, numbering.style(), i, numbering.titleStart());
            }
        }
        for (int section = 1; section <= 6; section++) {
            if (bySection[section] == null) {
                bySection[section] = unnumbered(lines, section, lowerBound(bySection, section), upperBound(bySection, section, lines.size()));
            }
        }
        List<Heading> found = new ArrayList<>();
        for (int section = 1; section <= 6; section++) {
            if (bySection[section] != null) {
                found.add(bySection[section]);
            }
        }
        found.sort(Comparator.comparingInt(Heading::index));
        return found;
    }

    private static Heading unnumbered(List<TextLine> lines, int section, int from, int to) {
        for (int i = from; i < to; i++) {
            TextLine line = lines.get(i);
            String c = line.getNormalized();
            if (c.isEmpty() || c.length() > MAX_LINE || looksLikeCell(line.getText())) {
                continue;
            }
            if (SectionTitles.unnumbered(c) == section) {
                return new Heading(section, NumberingStyle.NONE, i, 0);
            }
        }
        return null;
    }

    /** Table serialisations put cells behind tabs or pipes; a heading stands alone. */
    private static boolean looksLikeCell(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('|') >= 0;
    }

    private static int lowerBound(Heading[] bySection, int section) {
        for (int s = section - 1; s >= 1; s--) {
            if (bySection[s] != null) {
                return bySection[s].index() + 1;
            }
        }
        return 0;
    }

    private static int upperBound(Heading[] bySection, int section, int size) {
        for (int s = section + 1; s <= 6; s++) {
            if (bySection[s] != null) {
                return bySection[s].index();
            }
        }
        return size;
    }
}
