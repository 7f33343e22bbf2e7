package org.nianbao.audit.render;

import java.io.IOException;
import java.io.OutputStream;
import org.nianbao.audit.grade.Audit;

/** NAME.json: the per-report contract. */
public final class JsonReportRenderer implements ReportRenderer {
    @Override
    public OutputFormat format() {
        return OutputFormat.JSON;
    }

    @Override
    public void render(Audit audit, OutputStream out) throws IOException {
        JsonSupport.writePretty(AuditJson.audit(audit), out);
    }
}
