package org.nianbao.audit.document;

import org.nianbao.audit.model.SourceSpan;

/**
 * What the publishing page says about the report apart from its text: a site page's meta tags and
 * 发布时间 line, a crawler's header block. Each field is null when the file does not say it. The parser
 * prefers what the report text itself prints and falls back on these.
 */
public record PageFacts(Field title, Field published, Field indexNumber, Field publisher, Field url) {
    public static final PageFacts NONE = new PageFacts(null, null, null, null, null);

    /** A value as printed, with the text it was read from (for evidence) and where. */
    public record Field(String value, String evidence, SourceSpan span) {
    }

    public boolean isEmpty() {
        return title == null && published == null && indexNumber == null && publisher == null && url == null;
    }
}
