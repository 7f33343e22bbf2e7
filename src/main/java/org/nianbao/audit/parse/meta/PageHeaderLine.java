package org.nianbao.audit.parse.meta;

import org.nianbao.audit.document.PageHeaderFields;

/**
 * Tells a page-header line (发布日期：…, 索引号：…, 来源：…, 发文机关：…, or a bare date) from title text: such
 * lines sit right above the title on government sites and must never be joined into it, since their
 * dates would otherwise pass for the report year.
 */
final class PageHeaderLine {
    private PageHeaderLine() {
    }

    /** True for a compact line that is a labelled page-header field or a date standing alone. */
    static boolean isHeader(String compact) {
        if (PageHeaderFields.startsWithField(compact)) {
            return true;
        }
        DateReader.Span date = compact.isEmpty() ? null : DateReader.at(compact, 0);
        return date != null && date.end() == compact.length();
    }
}
