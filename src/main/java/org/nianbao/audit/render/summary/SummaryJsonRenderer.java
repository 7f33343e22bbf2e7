package org.nianbao.audit.render.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.nianbao.audit.render.AuditJson;
import org.nianbao.audit.render.JsonSupport;

/** summary.json: one entry per input file in input order, streamed (no tree of the whole batch). */
public final class SummaryJsonRenderer implements BatchRenderer {
    @Override
    public String fileName() {
        return "summary.json";
    }

    @Override
    public void render(BatchSummary summary, OutputStream out) throws IOException {
        GradeCounts grades = GradeCounts.of(summary.rows());
        try (JsonGenerator g = JsonSupport.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("formatVersion", AuditJson.FORMAT_VERSION);
            g.writeNumberField("reports", summary.rows().size());
            g.writeObjectFieldStart("grades");
            for (String grade : GradeCounts.GRADES) {
                g.writeNumberField(grade, grades.count(grade));
            }
            g.writeNumberField("notAssessable", grades.notAssessable());
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            for (SummaryRow row : summary.rows()) {
                g.writeTree(entry(row, summary.fileOf(row)));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    static ObjectNode entry(SummaryRow row, String file) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("source", row.source());
        n.put("file", file);
        n.put("agency", row.agency());
        n.put("year", row.year());
        n.put("template", row.template());
        n.put("status", row.status());
        n.put("score", row.score());
        n.put("grade", row.grade());
        n.put("gradeReason", row.reason());
        ObjectNode counts = n.putObject("counts");
        counts.put("critical", row.critical());
        counts.put("error", row.error());
        counts.put("warning", row.warning());
        counts.put("info", row.info());
        return n;
    }
}
