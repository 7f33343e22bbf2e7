package org.nianbao.audit.render.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.RenderMessages;
import org.nianbao.audit.render.ToolVersion;

/**
 * summary.sarif: SARIF 2.1.0, one run; tool.driver.rules describes the whole rule set that was run (a
 * consumer shows which checks passed, not only which fired), sorted by id; one result per finding located
 * at the report file and line (the location's message says where in words), its ruleIndex pointing into
 * that list; a finding that merged several rules' findings at one spot lists them as alsoRules. Streamed: results are never all held
 * in memory.
 */
public final class SarifRenderer implements BatchRenderer {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public String fileName() {
        return "summary.sarif";
    }

    /** critical/error → error, warning → warning, info (or none) → note. */
    static String level(String severity) {
        if (severity == null) {
            return "note";
        }
        return switch (severity) {
            case "critical", "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    @Override
    public void render(BatchSummary summary, OutputStream out) throws IOException {
        SarifRules rules = new SarifRules(summary.ruleSet(), summary.tally());
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
            for (RuleDescription r : rules.all()) {
                writeRule(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            summary.findings().forEach(summary.rows(), (row, findings) -> {
                for (FindingRecord f : findings) {
                    writeResult(g, row, f, rules.indexOf(f.rule()));
                }
            });
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeRule(JsonGenerator g, RuleDescription r) throws IOException {
        String title = r.title() == null || r.title().isBlank() ? r.id() : r.title();
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", title);
        writeText(g, "shortDescription", title);
        writeText(g, "fullDescription", RenderMessages.ruleDescription(title, r.basis()));
        String help = RenderMessages.basis(r.basis());
        if (help != null) {
            writeText(g, "help", help);
        }
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        writeIfPresent(g, "severity", r.severity());
        writeIfPresent(g, "category", r.category());
        writeIfPresent(g, "basis", r.basis());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A SARIF message object ({"text": …}). */
    private static void writeText(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void writeResult(JsonGenerator g, SummaryRow row, FindingRecord f, Integer index) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        // message.text is required: a finding without a message still says what it is
        writeText(g, "message", f.message() != null && !f.message().isBlank() ? f.message()
                : f.title() != null ? f.title() : f.rule());
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
        if (f.where() != null && !f.where().isEmpty()) {
            writeText(g, "message", f.where()); // the place in words: section, table row and column labels
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        writeIfPresent(g, "origin", f.origin());
        writeIfPresent(g, "category", f.category());
        writeIfPresent(g, "agency", row.agency());
        if (!f.alsoRules().isEmpty()) {
            g.writeArrayFieldStart("alsoRules");
            for (FindingRecord.AlsoRule a : f.alsoRules()) {
                g.writeString(a.rule());
            }
            g.writeEndArray();
        }
        writeIfPresent(g, "reported", RenderMessages.labelled(f.reportedLabel() == null ? RenderMessages.LABEL_REPORTED
                : f.reportedLabel(), f.reported()));
        writeIfPresent(g, "expected", RenderMessages.labelled(f.expectedLabel() == null ? RenderMessages.LABEL_EXPECTED
                : f.expectedLabel(), f.expected()));
        if (!f.cellLabels().isEmpty()) {
            g.writeArrayFieldStart("cells");
            for (String c : f.cellLabels()) {
                g.writeString(c);
            }
            g.writeEndArray();
        }
        if (!f.highlights().isEmpty()) {
            g.writeArrayFieldStart("highlights");
            for (String w : f.highlights()) {
                g.writeString(w);
            }
            g.writeEndArray();
        }
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
