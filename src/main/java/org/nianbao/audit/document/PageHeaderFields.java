package org.nianbao.audit.document;

/**
 * The labelled fields government sites print right under (or above) an article title: 发布日期：…, 索引号：…,
 * 来源：…, 浏览次数：…. Readers keep such a line out of the title and out of the paragraph before it (a PDF
 * printed from a page sets it right under a full-width title), and the parser reads it as page header rather
 * than title text, whose dates would otherwise pass for the report year.
 */
public final class PageHeaderFields {
    /** Labels in compact form (spaces removed, colon as printed or NFKC). */
    private static final String[] LABELS = {"索引号", "发布日期", "发布时间", "生成日期", "成文日期", "日期", "时间", "来源",
            "信息来源", "文章来源", "发文机关", "发布机构", "发布单位", "发文字号", "文号", "主题分类", "公开方式", "公开范围",
            "浏览次数", "访问量", "点击数", "作者"};

    private PageHeaderFields() {
    }

    /** True for a compact line that starts with a field label followed by a colon or by the value's digits. */
    public static boolean startsWithField(String compact) {
        for (String label : LABELS) {
            if (compact.startsWith(label) && isLabelEnd(compact, label.length())) {
                return true;
            }
        }
        return false;
    }

    /** The label is followed by a colon or by the value's digits, not by more words ("来源于…" is prose). */
    private static boolean isLabelEnd(String compact, int at) {
        if (at >= compact.length()) {
            return true;
        }
        char c = compact.charAt(at);
        return c == ':' || c == '：' || Character.isDigit(c);
    }
}
