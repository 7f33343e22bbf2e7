package org.nianbao.audit.render.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.ToolVersion;

/**
 * summary.sarif: SARIF 2.1.0, one run, the fired rules' metadata in tool.driver.rules, one result per
 * finding located at the report file and line. Streamed: results are never all held in memory.
 */
public final class SarifRenderer implements BatchRenderer {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public String fileName() {
        return "summary.sarif";
    }

    /** critical/error → error, warning → warning, info → note. */
    static String level(String severity) {
        return switch (severity) {
            case "critical", "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    @Override
    public void render(BatchSummary summary, OutputStream out) throws IOException {
        List<RuleTally.Entry> rules = summary.tally().byRule();
        Map<String, Integer> ruleIndex = new HashMap<>();
        try (JsonGenerator g = JsonSupport.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", ToolVersion.NAME);
            g.writeStringField("version", ToolVersion.get());
            g.writeArrayFieldStart("rules");
            for (RuleTally.Entry r : rules) {
                ruleIndex.put(r.rule(), ruleIndex.size());
                writeRule(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            summary.findings().forEach((row, findings) -> {
                for (FindingRecord f : findings) {
                    writeResult(g, row, f, ruleIndex.get(f.rule()));
                }
            });
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeRule(JsonGenerator g, RuleTally.Entry r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.rule());
        g.writeStringField("name", r.title());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", r.title());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", r.severity());
        g.writeStringField("category", r.category());
        g.writeStringField("basis", r.basis());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, SummaryRow row, FindingRecord f, Integer index) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(row.source()));
        g.writeEndObject();
        if (f.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", f.line());
            if (f.evidence() != null && !f.evidence().isEmpty()) {
                g.writeObjectFieldStart("snippet");
                g.writeStringField("text", f.evidence());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeStringField("origin", f.origin());
        g.writeStringField("category", f.category());
        g.writeStringField("agency", row.agency());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The source path as a relative URI reference ('/' separators, percent-encoded). */
    static String uri(String source) {
        try {
            return new URI(null, null, source.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return source;
        }
    }
}
