package org.nianbao.audit.render;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.nianbao.audit.grade.Audit;

/** NAME.md: the agency page's content as Markdown, for pasting into a 通报. */
public final class MarkdownReportRenderer implements ReportRenderer {
    private static final Template TEMPLATE = Templates.load(Templates.MARKDOWN, "report.md.mustache");

    @Override
    public OutputFormat format() {
        return OutputFormat.MD;
    }

    @Override
    public void render(Audit audit, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        TEMPLATE.execute(AuditView.of(audit), w);
        w.flush();
    }
}
