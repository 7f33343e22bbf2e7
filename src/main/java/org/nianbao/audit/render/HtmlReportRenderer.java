package org.nianbao.audit.render;

import com.samskivert.mustache.Template;

/** NAME.html: one self-contained page per agency (inline CSS, no scripts, no network). */
public final class HtmlReportRenderer extends AuditTemplateRenderer {
    private static final Template TEMPLATE = Templates.load(Templates.HTML, "report.html.mustache");

    public HtmlReportRenderer() {
        super(TEMPLATE);
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.HTML;
    }
}
