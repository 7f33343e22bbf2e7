package org.nianbao.audit.render;

import com.samskivert.mustache.Template;

/** NAME.md: the agency page's content as Markdown, for pasting into a 通报. */
public final class MarkdownReportRenderer extends AuditTemplateRenderer {
    private static final Template TEMPLATE = Templates.load(Templates.MARKDOWN, "report.md.mustache");

    public MarkdownReportRenderer() {
        this(PageContext.NONE);
    }

    public MarkdownReportRenderer(PageContext context) {
        super(TEMPLATE, context, AuditView.Marker.MARKDOWN);
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.MD;
    }
}
