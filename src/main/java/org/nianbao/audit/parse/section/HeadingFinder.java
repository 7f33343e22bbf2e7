package org.nianbao.audit.parse.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.TextLine;

/**
 * Finds the six section headings. A heading is a short line whose numbering is followed by one of a
 * section's title variants; the first heading per section wins (later ones are table captions or
 * repeats), unless the first ones are a list of the parts in the preface. A section still missing may be recognised by an unnumbered line carrying exactly its
 * title, between its neighbours. Table rows, captions ("表1 …") and the preface's list of six parts
 * never match a title variant. One pass per rule: linear in the number of lines.
 */
final class HeadingFinder {
    private static final int MAX_LINE = SectionTitles.MAX_TITLE + 8;
    private final SectionTitles titles;

    HeadingFinder(SectionTitles titles) {
        this.titles = titles;
    }

    /** Consecutive headings without body that make a restated list of the parts. */
    private static final int MIN_LIST_RUN = 3;

    List<Heading> find(List<TextLine> lines) {
        List<List<Heading>> candidates = numberedCandidates(lines);
        Heading[] bySection = new Heading[7];
        for (int section = 1; section <= 6; section++) {
            bySection[section] = candidates.get(section).isEmpty() ? null : candidates.get(section).get(0);
        }
        skipRestatedList(bySection, candidates, lines);
        for (int section = 1; section <= 6; section++) {
            if (bySection[section] == null) {
                bySection[section] = unnumbered(lines, section, lowerBound(bySection, section), upperBound(bySection, section, lines.size()));
            }
        }
        return sorted(bySection);
    }

    /** Every numbered line naming a section, per section (index 1–6) in document order. */
    private List<List<Heading>> numberedCandidates(List<TextLine> lines) {
        List<List<Heading>> candidates = new ArrayList<>();
        for (int section = 0; section <= 6; section++) {
            candidates.add(new ArrayList<>());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).getNormalized();
            if (line.isEmpty() || line.length() > MAX_LINE) {
                continue;
            }
            MarkdownMarks marks = MarkdownMarks.of(line);
            String c = marks.inner(line);
            Numbering numbering = Numbering.parse(c);
            if (numbering.style() == NumberingStyle.NONE) {
                continue;
            }
            int section = titles.numbered(c.substring(numbering.titleStart()));
            if (section > 0) {
                candidates.get(section).add(new Heading(section, numbering.style(), i, marks.start() + numbering.titleStart(), marks.end()));
            }
        }
        return candidates;
    }

    /**
     * A preface may list the parts one per line ("本报告包括：\n一、总体情况\n二、…"). Three or more first
     * headings with nothing but blank lines between them, each heading again further down, are that
     * list: the later headings are the real ones.
     */
    private static void skipRestatedList(Heading[] bySection, List<List<Heading>> candidates, List<TextLine> lines) {
        List<Heading> picks = sorted(bySection);
        int runStart = 0;
        for (int k = 1; k <= picks.size(); k++) {
            boolean continues = k < picks.size() && onlyBlankBetween(lines, picks.get(k - 1).index(), picks.get(k).index());
            if (continues) {
                continue;
            }
            if (k - runStart >= MIN_LIST_RUN) {
                replaceRun(bySection, candidates, picks.subList(runStart, k));
                return;
            }
            runStart = k;
        }
    }

    private static void replaceRun(Heading[] bySection, List<List<Heading>> candidates, List<Heading> run) {
        int end = run.get(run.size() - 1).index();
        Heading[] replacement = new Heading[7];
        for (Heading h : run) {
            replacement[h.section()] = candidates.get(h.section()).stream().filter(c -> c.index() > end).findFirst().orElse(null);
            if (replacement[h.section()] == null) {
                return;
            }
        }
        for (Heading h : run) {
            bySection[h.section()] = replacement[h.section()];
        }
    }

    private static boolean onlyBlankBetween(List<TextLine> lines, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!lines.get(i).getNormalized().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<Heading> sorted(Heading[] bySection) {
        List<Heading> found = new ArrayList<>();
        for (int section = 1; section <= 6; section++) {
            if (bySection[section] != null) {
                found.add(bySection[section]);
            }
        }
        found.sort(Comparator.comparingInt(Heading::index));
        return found;
    }

    private Heading unnumbered(List<TextLine> lines, int section, int from, int to) {
        for (int i = from; i < to; i++) {
            TextLine line = lines.get(i);
            String compact = line.getNormalized();
            if (compact.isEmpty() || compact.length() > MAX_LINE || looksLikeCell(line.getText())) {
                continue;
            }
            MarkdownMarks marks = MarkdownMarks.of(compact);
            if (titles.unnumbered(marks.inner(compact)) == section) {
                return new Heading(section, NumberingStyle.NONE, i, marks.start(), marks.end());
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
