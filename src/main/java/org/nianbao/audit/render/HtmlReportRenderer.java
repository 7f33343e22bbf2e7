package org.nianbao.audit.render;

import com.samskivert.mustache.Template;

/** NAME.html: one self-contained page per agency (inline CSS, no scripts, no network), printable on A4. */
public final class HtmlReportRenderer extends AuditTemplateRenderer {
    private static final Template TEMPLATE = Templates.load(Templates.HTML, "report.html.mustache");

    public HtmlReportRenderer() {
        this(PageContext.NONE);
    }

    public HtmlReportRenderer(PageContext context) {
        super(TEMPLATE, context, AuditView.Marker.HTML);
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.HTML;
    }
}
