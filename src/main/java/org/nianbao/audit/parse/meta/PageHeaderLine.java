package org.nianbao.audit.parse.meta;

/**
 * Tells a page-header line (发布日期：…, 索引号：…, 来源：…, 发文机关：…, or a bare date) from title text: such
 * lines sit right above the title on government sites and must never be joined into it, since their
 * dates would otherwise pass for the report year.
 */
final class PageHeaderLine {
    /** Labels of the page-header table, compact form (spaces removed, NFKC colon). */
    private static final String[] LABELS = {"索引号", "发布日期", "发布时间", "生成日期", "成文日期", "日期", "来源",
            "信息来源", "发文机关", "发布机构", "发布单位", "发文字号", "文号", "主题分类", "公开方式", "公开范围",
            "浏览次数", "访问量", "点击数", "作者"};

    private PageHeaderLine() {
    }

    /** True for a compact line that is a labelled page-header field or a date standing alone. */
    static boolean isHeader(String compact) {
        for (String label : LABELS) {
            if (compact.startsWith(label) && isLabelEnd(compact, label.length())) {
                return true;
            }
        }
        DateReader.Span date = compact.isEmpty() ? null : DateReader.at(compact, 0);
        return date != null && date.end() == compact.length();
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
