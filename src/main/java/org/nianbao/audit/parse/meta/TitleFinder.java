package org.nianbao.audit.parse.meta;

import java.util.List;
import java.util.Optional;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;
import org.nianbao.audit.parse.text.PageChrome;

/**
 * Finds the title "XX局2023年政府信息公开工作年度报告" in the preface. Titles break across lines
 * ("…2023年政府信息\n公开工作年度报告") and carry spaces; page headers come before them (seed 003).
 * A line quoting a document (《…年度报告格式》), a sentence ("本报告…") or a breadcrumb ("首页 > … >
 * 年度报告") is not a title; a column name without year ("政府信息公开年度报告") yields to a later title
 * that has one.
 */
final class TitleFinder {
    private static final int MAX_TITLE = 70;
    private static final String[] COLUMN_CAPTION_ENDS = {"年报", "年度报告"};
    private static final int MAX_JOINED_LINES = 3;
    private static final int SEARCH_LINES = 60;
    private final PageChrome chrome;

    TitleFinder(PageChrome chrome) {
        this.chrome = chrome;
    }

    Optional<TitleMatch> find(List<TextLine> preface) {
        TitleMatch first = null;
        int seen = 0;
        for (int i = 0; i < preface.size() && seen < SEARCH_LINES; i++) {
            String c = preface.get(i).getNormalized();
            if (c.isEmpty()) {
                continue; // converters put a blank line between any two lines: count lines of text
            }
            seen++;
            if (isTitleEnd(c)) {
                TitleMatch match = join(preface, i);
                if (hasYear(match.title())) {
                    return Optional.of(match);
                }
                first = first == null ? match : first;
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean isTitleEnd(String c) {
        if (c.isEmpty() || c.length() > MAX_TITLE || c.contains("《") || c.startsWith("本报告") || c.startsWith("根据")
                || isBreadcrumb(c)) {
            return false;
        }
        String core = withoutTrailingNote(trimEnd(c));
        return core.endsWith("年度报告") || core.endsWith("公开工作报告");
    }

    /** "…年度报告（全文）" / "…年度报告(2023)": a bracketed note after the title proper. */
    private static String withoutTrailingNote(String c) {
        int open = c.lastIndexOf('(');
        return c.endsWith(")") && open > 0 ? c.substring(0, open) : c;
    }

    /**
     * Prepends preceding short lines while the title has not yet reached its year or agency: "洪泽区人民政府" above
     * "2023年政府信息公开工作年度报告" is the title's first line.
     */
    private TitleMatch join(List<TextLine> preface, int last) {
        StringBuilder compact = new StringBuilder(preface.get(last).getNormalized());
        int first = last;
        int joined = 1;
        int j = last - 1;
        while ((!hasYear(compact) || startsWithYearAndBody(compact)) && joined < MAX_JOINED_LINES && j >= 0) {
            String prev = preface.get(j).getNormalized();
            if (prev.isEmpty()) {
                j--;
                continue;
            }
            if (prev.length() > MAX_TITLE / 2 || prev.endsWith("。") || chrome.isChrome(prev) || isBreadcrumb(prev)
                    || !hasHan(prev) || PageHeaderLine.isHeader(prev) || hasYear(prev) && hasYear(compact)) {
                break;
            }
            compact.insert(0, prev);
            first = j;
            joined++;
            j--;
        }
        StringBuilder title = new StringBuilder();
        for (int k = first; k <= last; k++) {
            title.append(withoutSpace(preface.get(k).getText()));
        }
        return new TitleMatch(afterColumnCaption(withoutMarkdown(trimEnd(title.toString()))), preface.get(first).getNumber(),
                preface.get(last).getNumber());
    }

    /**
     * A site's column caption printed on the title's line ("政府信息公开年报平潭…局2025年…报告", a page printed to PDF)
     * is no part of the title: no agency is called …年报 or …年度报告, so before the year the title starts after
     * the last one.
     */
    private static String afterColumnCaption(String title) {
        int year = YearReader.firstYear(title).map(YearReader.YearAt::start).orElse(0);
        int cut = 0;
        for (String caption : COLUMN_CAPTION_ENDS) {
            int at = title.lastIndexOf(caption, year - caption.length());
            if (at >= 0) {
                cut = Math.max(cut, at + caption.length());
            }
        }
        return title.substring(cut);
    }

    /** "# 标题" / "**标题**" in Markdown exports. */
    private static String withoutMarkdown(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '#' || s.charAt(start) == '*')) {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '*') {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isBreadcrumb(String c) {
        return c.indexOf('>') >= 0 || c.indexOf('»') >= 0 || c.startsWith("当前位置") || c.startsWith("首页");
    }

    /** Page-header values (dates, 索引号) carry no Chinese characters and never belong to a title. */
    private static boolean hasHan(String c) {
        for (int i = 0; i < c.length(); i++) {
            if (Character.UnicodeScript.of(c.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** "2023年政府信息公开…": the year opens the line and the title body follows, so the agency is above. */
    private static boolean startsWithYearAndBody(CharSequence c) {
        String s = c.toString();
        YearReader.YearAt year = YearReader.firstYear(s).orElse(null);
        if (year == null || year.start() != 0) {
            return false;
        }
        int at = year.end();
        at += s.startsWith("年", at) ? 1 : 0;
        at += s.startsWith("度", at) ? 1 : 0;
        return s.startsWith("政府信息公开", at) || s.startsWith("政务公开", at) || s.startsWith("信息公开", at);
    }

    private static boolean hasYear(CharSequence c) {
        return YearReader.firstYear(c.toString()).isPresent();
    }

    private static String withoutSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Normalizer.isSpace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && "。.:：".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
