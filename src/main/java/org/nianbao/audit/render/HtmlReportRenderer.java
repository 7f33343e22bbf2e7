package org.nianbao.audit.render;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.nianbao.audit.grade.Audit;

/** NAME.html: one self-contained page per agency (inline CSS, no scripts, no network). */
public final class HtmlReportRenderer implements ReportRenderer {
    private static final Template TEMPLATE = Templates.load(Templates.HTML, "report.html.mustache");

    @Override
    public OutputFormat format() {
        return OutputFormat.HTML;
    }

    @Override
    public void render(Audit audit, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        TEMPLATE.execute(AuditView.of(audit), w);
        w.flush();
    }
}
