package org.nianbao.audit.render;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.nianbao.audit.grade.Audit;

/** A per-report page rendered from one template over the shared {@link AuditView}. */
abstract class AuditTemplateRenderer implements ReportRenderer {
    private final Template template;
    private final PageContext context;
    private final AuditView.Marker marker;

    AuditTemplateRenderer(Template template, PageContext context, AuditView.Marker marker) {
        this.template = template;
        this.context = context;
        this.marker = marker;
    }

    @Override
    public final void render(Audit audit, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        template.execute(AuditView.of(audit, context, marker), w);
        w.flush();
    }
}
