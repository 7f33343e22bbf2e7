package org.nianbao.audit.engine.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.audit.history.Boilerplate;
import org.nianbao.audit.history.CellValue;
import org.nianbao.audit.history.LeftoverWords;
import org.nianbao.audit.history.Passage;
import org.nianbao.audit.history.Passages;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.history.Shingles;
import org.nianbao.audit.history.TextView;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TextLine;

/**
 * Turns what the history holds about a report ({@link ReportHistory}) into facts, inserted next to the
 * report's own: the prior year's report, its cells (only when it is of exactly the year before and was
 * assessable), this year's part 五 and tables compared with last year's, sentences carried over, reports
 * whose agency may be this one, near-duplicates of other agencies and the words left over from them.
 * Descriptions only: the rules under rules/history/ judge. Thread-safe.
 */
public final class HistoryFacts {
    private static final int PROBLEMS_PART = 5;
    /** A carried sentence shorter than this (letters and ideographs) is a stock phrase, not a copied plan. */
    private static final int SENTENCE_MIN = 12;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;！!？?])");

    private final Boilerplate boilerplate;

    public HistoryFacts(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    public List<Object> facts(AnnualReport report, ReportSummary mine, ReportHistory history) {
        List<Object> out = new ArrayList<>();
        Integer year = report.getMetadata().getYear();
        ReportHistory.Prior prior = history.prior();
        if (prior != null && year != null && prior.summary().year() != null) {
            ReportSummary last = prior.summary();
            out.add(new PriorReport(last.agency(), last.year(), last.source(), prior.grade(), prior.score(),
                    last.assessable(), prior.inBatch()));
            if (last.year() == year - 1 && last.assessable() && mine.assessable()) {
                consecutive(report, mine, last, out);
            }
        }
        for (ReportHistory.Possible p : history.possible()) {
            out.add(new PossiblePrior(p.summary().agency(), p.summary().year(), p.summary().source(), p.reason(),
                    report.getMetadata().getTitleLine(), report.getMetadata().getTitle()));
        }
        List<String> lines = report.getLines().stream().map(TextLine::getText).toList();
        for (ReportHistory.Similar s : history.similar()) {
            ReportSummary other = s.summary();
            out.add(new SimilarReport(other.agency(), other.year(), other.source(), s.similarity(), s.relation(),
                    s.passages()));
            if (other.agency() != null && report.getMetadata().getAgency() != null) {
                for (LeftoverWords.Found f : LeftoverWords.find(lines, report.getMetadata().getAgency(), other.agency(),
                        other.narrative())) {
                    if (f.line() != report.getMetadata().getTitleLine()) {
                        out.add(new LeftoverWord(f.word(), f.kind().name(), other.agency(), f.line(), f.quote()));
                    }
                }
            }
        }
        return out;
    }

    private void consecutive(AnnualReport report, ReportSummary mine, ReportSummary last, List<Object> out) {
        int priorYear = last.year();
        for (CellValue c : last.cells()) {
            out.add(new PriorCell(TableKind.valueOf(c.table()), c.row(), c.column(), CellKind.valueOf(c.kind()),
                    c.value(), c.raw(), priorYear));
        }
        for (StatTable t : report.getTables()) {
            out.add(compare(t, last, priorYear));
        }
        report.section(PROBLEMS_PART).ifPresent(s -> {
            if (!mine.section5().isEmpty() && !last.section5().isEmpty()) {
                out.add(problemsPart(s, mine.section5(), last.section5(), priorYear));
                out.addAll(carried(report, s, last.section5(), priorYear));
            }
        });
    }

    private static PriorTable compare(StatTable t, ReportSummary last, int priorYear) {
        Map<String, BigDecimal> before = new HashMap<>();
        for (CellValue c : last.cells()) {
            if (c.table().equals(t.getKind().name()) && c.isNumber()) {
                before.put(c.row() + "." + c.column(), c.value());
            }
        }
        int compared = 0;
        int equal = 0;
        int equalNonZero = 0;
        for (TableRow row : t.getRows()) {
            for (Cell c : row.getCells()) {
                BigDecimal b = before.get(c.getRowKey() + "." + c.getColumnKey());
                if (c.getKind() != CellKind.NUMBER || b == null) {
                    continue;
                }
                compared++;
                if (b.compareTo(c.getValue()) == 0) {
                    equal++;
                    if (b.signum() != 0) {
                        equalNonZero++;
                    }
                }
            }
        }
        String quote = t.getRows().isEmpty() ? "" : t.getRows().get(0).getLabel();
        int line = t.getRows().isEmpty() ? t.getStartLine() : t.getRows().get(0).getLine();
        return new PriorTable(t.getKind(), priorYear, compared, equal, equalNonZero, line, quote);
    }

    private PriorSection problemsPart(Section s, String now, String before, int priorYear) {
        TextView a = TextView.of(now);
        TextView b = TextView.of(before);
        boolean identical = !a.view().isEmpty() && a.view().equals(b.view());
        double similarity = Shingles.jaccard(Shingles.set(a.view(), boilerplate), Shingles.set(b.view(), boilerplate));
        List<Passage> passages = Passages.common(a, b, boilerplate, 20, 3);
        return new PriorSection(PROBLEMS_PART, priorYear, identical, identical ? 1.0 : similarity, a.view().length(),
                shift(passages, s.getHeadingLine()), s.getHeadingLine(), s.getHeading());
    }

    /** Passage lines are counted within the part's text, which starts on the line after the heading. */
    private static List<Passage> shift(List<Passage> passages, int headingLine) {
        return passages.stream().map(p -> new Passage(p.text(), p.line() + headingLine, p.otherText(), p.otherLine(),
                p.length())).toList();
    }

    private List<CarriedSentence> carried(AnnualReport report, Section s, String before, int priorYear) {
        String beforeView = lettersAndDigits(before);
        int year = report.getMetadata().getYear();
        List<CarriedSentence> out = new ArrayList<>();
        for (TextLine line : report.getLines()) {
            if (line.getSection() != PROBLEMS_PART || line.getNumber() == s.getHeadingLine()) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(line.getText())) {
                String view = lettersAndDigits(sentence);
                if (view.length() < SENTENCE_MIN || !beforeView.contains(view)) {
                    continue;
                }
                out.add(new CarriedSentence(PROBLEMS_PART, line.getNumber(), sentence.strip(), sentence.strip(),
                        priorYear, staleYear(sentence, year)));
            }
        }
        return out;
    }

    /**
     * The sentence with its figures but without punctuation and spaces: a sentence carried over counts only
     * with its dates unchanged, since a plan rewritten for the new year is no copy.
     */
    private static String lettersAndDigits(String text) {
        String folded = org.nianbao.audit.history.AgencyNames.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                out.append(folded.charAt(i));
            }
        }
        return out.toString();
    }

    /** The latest year the sentence names that is not after the report's year; null when none. */
    static Integer staleYear(String sentence, int reportYear) {
        Integer stale = null;
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y <= reportYear && (stale == null || y > stale)) {
                stale = y;
            }
        }
        return stale;
    }
}
