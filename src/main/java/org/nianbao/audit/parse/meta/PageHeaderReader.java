package org.nianbao.audit.parse.meta;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.audit.document.PageHeaderFields;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Reads 索引号 and 发布日期 from the page-header lines above the title (seed 003: "014178678/2023-00002",
 * then "2023-01-20" twice — 生成日期 and 发布日期 of the page table; the first one is taken, or the one
 * labelled 发布日期/发布时间). The caller hands over the page-header lines only (above the title, and the
 * header fields right below it): a date at the end is the signature date.
 */
final class PageHeaderReader {
    private static final String[] INDEX_LABELS = {"索引号:", "索引号"};
    /** A bare 时间 beside 来源 is the page's publication time, as the HTML reader takes it too. */
    private static final String[] PUBLISHED_LABELS = {"发布日期:", "发布时间:", "时间:", "发布日期", "发布时间"};
    private static final String[] OTHER_DATE_LABELS = {"生成日期:", "成文日期:", "日期:", "生成日期", "成文日期"};
    /** Label forms with a colon first, so that the colon is not taken for part of the value. */
    private static final String[] ALL_LABELS = {"索引号:", "发布日期:", "发布时间:", "时间:", "生成日期:", "成文日期:", "日期:",
            "索引号", "发布日期", "发布时间", "生成日期", "成文日期"};

    PageHeader read(List<TextLine> headerLines) {
        String index = null;
        LocalDate labelled = null;
        int labelledLine = 0;
        LocalDate bare = null;
        int bareLine = 0;
        for (TextLine line : headerLines) {
            for (String field : fields(line.getText())) {
                String c = firstToken(field);
                if (index == null) {
                    index = indexNumber(strip(c, INDEX_LABELS));
                }
                String published = strip(c, PUBLISHED_LABELS);
                if (labelled == null && published.length() < c.length()) {
                    labelled = wholeDate(published);
                    labelledLine = labelled == null ? 0 : line.getNumber();
                } else if (bare == null) {
                    bare = wholeDate(strip(c, OTHER_DATE_LABELS));
                    bareLine = bare == null ? 0 : line.getNumber();
                }
            }
        }
        return labelled != null ? new PageHeader(index, labelled, labelledLine) : new PageHeader(index, bare, bareLine);
    }

    /**
     * The line, then each later field a site prints on the same line ("来源：区行政审批局 时间：2026-01-30 16:07"):
     * the text after each space that starts with a field label.
     */
    private static List<String> fields(String text) {
        String collapsed = Normalizer.collapse(text).strip();
        List<String> fields = new java.util.ArrayList<>(2);
        fields.add(collapsed);
        for (int i = collapsed.indexOf(' '); i >= 0; i = collapsed.indexOf(' ', i + 1)) {
            String rest = collapsed.substring(i + 1);
            if (PageHeaderFields.startsWithField(rest.replace(" ", ""))) {
                fields.add(rest);
            }
        }
        return fields;
    }

    /** The value when the text is an index number: letters/digits, one '/' and '-', e.g. 014178678/2023-00002. */
    private static String indexNumber(String c) {
        if (c.length() < 8 || c.length() > 40 || c.indexOf('/') < 1) {
            return null;
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            boolean ok = (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '/' || ch == '-';
            if (!ok) {
                return null;
            }
        }
        return c;
    }

    /** A date filling the whole text. */
    private static LocalDate wholeDate(String c) {
        DateReader.Span span = c.isEmpty() ? null : DateReader.at(c, 0);
        return span != null && span.end() == c.length() ? span.date() : null;
    }

    /**
     * The line without spaces inside its label ("索 引 号："), up to the first space after the value:
     * a time of day ("2024-01-15 09:30") or a second field stays out.
     */
    private static String firstToken(String text) {
        String collapsed = Normalizer.collapse(text);
        for (String label : ALL_LABELS) {
            String spaced = spacedPrefix(collapsed, label);
            if (spaced != null) {
                String value = collapsed.substring(spaced.length()).strip();
                int space = value.indexOf(' ');
                return label + (space < 0 ? value : value.substring(0, space));
            }
        }
        int space = collapsed.indexOf(' ');
        return space < 0 ? collapsed : collapsed.substring(0, space);
    }

    /** The prefix of {@code s} that spells {@code label} with spaces allowed between its characters, or null. */
    private static String spacedPrefix(String s, String label) {
        int i = 0;
        for (int k = 0; k < label.length(); k++) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != label.charAt(k)) {
                return null;
            }
            i++;
        }
        return s.substring(0, i);
    }

    private static String strip(String c, String[] labels) {
        for (String label : labels) {
            if (c.startsWith(label)) {
                return c.substring(label.length());
            }
        }
        return c;
    }
}
