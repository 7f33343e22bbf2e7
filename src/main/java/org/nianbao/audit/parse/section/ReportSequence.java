package org.nianbao.audit.parse.section;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.TextLine;

/**
 * Where each report of a file begins, for files that hold more than one (issue 14: a crawl that appended
 * 金乡县's report to 红旗区's was graded as 红旗区 alone; 8,100 copies graded as one). A further report is a
 * full title + section-一 sequence after the previous report's end: a title line ("…年度报告") after that
 * report's section-六 heading, followed within {@link #PREFACE_LINES} lines by a section-一 heading. A
 * list of other reports' titles at the foot of a web page has no section 一 after it, and a preface that
 * lists the six parts comes before any title that could follow it, so neither counts. Linear in the lines.
 */
public final class ReportSequence {
    /** How far a section-一 heading may follow its title: page chrome and the 引言 of one report. */
    static final int PREFACE_LINES = 200;
    private static final int MAX_HEADING = SectionTitles.MAX_TITLE + 8;
    private static final int MAX_TITLE = 70;

    /** A report's first line in the file: its title line (or line 1 for the first report without one). */
    public record Start(int line, String title) {
    }

    private final SectionTitles titles;

    public ReportSequence(SectionTitles titles) {
        this.titles = titles;
    }

    /** The starts of the reports the lines hold, in order; one (or none) for an ordinary report. */
    public List<Start> find(List<TextLine> lines) {
        List<Integer> ones = new ArrayList<>();
        List<Integer> sixes = new ArrayList<>();
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String c = lines.get(i).getNormalized();
            if (c == null || c.isEmpty()) {
                continue;
            }
            int section = section(c);
            if (section == 1) {
                ones.add(i);
            } else if (section == 6) {
                sixes.add(i);
            } else if (section == 0 && isTitle(c)) {
                titles.add(i);
            }
        }
        List<Start> starts = new ArrayList<>();
        if (ones.isEmpty()) {
            return starts;
        }
        int firstOne = ones.get(0);
        int firstTitle = lastBefore(titles, firstOne);
        starts.add(start(lines, firstTitle < 0 ? 0 : firstTitle));
        int end = firstAfter(sixes, firstOne);
        int t = end < 0 ? -1 : firstAfter(titles, end);
        while (t >= 0) {
            int one = firstAfter(ones, t);
            if (one >= 0 && one - t <= PREFACE_LINES && lastBefore(sixes, one) < t) {
                starts.add(start(lines, t));
                end = firstAfter(sixes, one);
                t = end < 0 ? -1 : firstAfter(titles, end);
            } else {
                t = firstAfter(titles, t);
            }
        }
        return starts;
    }

    /** 1–6 for a line that is a section heading (numbered, or exactly a section's title), else 0. */
    private int section(String c) {
        if (c.length() > MAX_HEADING) {
            return 0;
        }
        MarkdownMarks marks = MarkdownMarks.of(c);
        String inner = marks.inner(c);
        Numbering numbering = Numbering.parse(inner);
        if (numbering.style() == NumberingStyle.NONE) {
            return titles.unnumbered(inner);
        }
        return titles.numbered(inner.substring(numbering.titleStart()));
    }

    /** "XX局2023年政府信息公开工作年度报告" (or its last part when the title breaks across lines). */
    static boolean isTitle(String c) {
        // asked of nearly every line: a title ends in 报告, so a line without it is done with at once
        if (c.length() > MAX_TITLE || !c.contains("报告") || c.contains("《") || c.startsWith("本") || c.startsWith("根据")
                || c.indexOf('>') >= 0 || c.startsWith("当前位置") || c.startsWith("首页")) {
            return false;
        }
        int end = c.length();
        while (end > 0 && "。.:：*#".indexOf(c.charAt(end - 1)) >= 0) {
            end--;
        }
        String core = c.substring(0, end);
        int open = core.lastIndexOf('(');
        if (core.endsWith(")") && open > 0) {
            core = core.substring(0, open);
        }
        return core.endsWith("年度报告") || core.endsWith("公开工作报告");
    }

    private static Start start(List<TextLine> lines, int index) {
        TextLine line = lines.get(index);
        return new Start(line.getNumber(), line.getText().strip());
    }

    /** The first value of the sorted list greater than {@code after}, -1 when none. */
    private static int firstAfter(List<Integer> sorted, int after) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) <= after) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sorted.size() ? sorted.get(lo) : -1;
    }

    /** The last value of the sorted list smaller than {@code before}, -1 when none. */
    private static int lastBefore(List<Integer> sorted, int before) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 ? sorted.get(lo - 1) : -1;
    }
}
