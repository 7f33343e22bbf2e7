package org.nianbao.audit.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nianbao.audit.render.HtmlReportRenderer;
import org.nianbao.audit.render.JsonReportRenderer;
import org.nianbao.audit.render.MarkdownReportRenderer;
import org.nianbao.audit.render.OutputFormat;
import org.nianbao.audit.render.PageContext;
import org.nianbao.audit.render.ReportRenderer;

/** The per-report renderers chosen by --format, by name. */
final class PerReportRenderers {
    private PerReportRenderers() {
    }

    static List<ReportRenderer> forFormats(Set<OutputFormat> formats, PageContext context) {
        List<ReportRenderer> list = new ArrayList<>();
        if (formats.contains(OutputFormat.JSON)) {
            list.add(new JsonReportRenderer());
        }
        if (formats.contains(OutputFormat.HTML)) {
            list.add(new HtmlReportRenderer(context));
        }
        if (formats.contains(OutputFormat.MD)) {
            list.add(new MarkdownReportRenderer(context));
        }
        return list;
    }

}
