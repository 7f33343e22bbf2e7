package org.nianbao.audit.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.finding.Finding;

/** The per-report JSON contract (issue 3, "Output contract") as a tree in its fixed field order. */
public final class AuditJson {
    /** Bumped when a field changes meaning or disappears; new optional fields do not bump it. */
    public static final String FORMAT_VERSION = "1.0";

    private AuditJson() {
    }

    public static ObjectNode audit(Audit audit) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("formatVersion", FORMAT_VERSION);
        n.put("source", audit.getSource());
        n.put("agency", audit.getAgency());
        n.put("year", audit.getYear());
        n.put("template", audit.getTemplate());
        n.put("published", audit.getPublished() == null ? null : audit.getPublished().toString());
        n.put("status", audit.getStatus().id());
        n.put("score", audit.getScore());
        n.put("grade", audit.getGrade());
        n.put("gradeReason", audit.getGradeReason());
        n.set("findings", findings(audit.getFindings(), audit.getTemplate()));
        return n;
    }

    /** Findings of a report in an unknown format: labels as the 2021 format names them. */
    public static ArrayNode findings(List<Finding> findings) {
        return findings(findings, null);
    }

    /** @param template the report's table format ("2019", "2021" or null), for the row and column labels */
    public static ArrayNode findings(List<Finding> findings, String template) {
        ArrayNode a = JsonSupport.NODES.arrayNode();
        findings.forEach(f -> a.add(finding(f, template)));
        return a;
    }

    /**
     * Always-present fields first, then the optional ones only where they apply. "where", "cellLabels",
     * "highlights" and the value labels repeat the coded fields in words, so the evidence reads on its own.
     */
    public static ObjectNode finding(Finding f, String template) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("rule", f.getRule());
        n.put("category", f.getCategory().id());
        n.put("severity", f.getSeverity().id());
        n.put("origin", f.getOrigin().id());
        n.put("title", f.getTitle());
        n.put("message", f.getMessage());
        n.put("basis", f.getBasis());
        n.put("evidence", f.getEvidence());
        n.put("line", f.getLine());
        if (f.getSection() != null) {
            n.put("section", f.getSection());
        }
        putIfPresent(n, "table", f.getTable());
        putIfPresent(n, "row", f.getRow());
        putIfPresent(n, "column", f.getColumn());
        putIfPresent(n, "reported", f.getReported());
        putIfPresent(n, "expected", f.getExpected());
        if (!f.getCells().isEmpty()) {
            ArrayNode cells = n.putArray("cells");
            f.getCells().forEach(cells::add);
        }
        SourceSpan span = f.getSpan();
        if (span.known() && !span.equals(SourceSpan.textLine(f.getLine(), 0))) {
            n.set("location", location(span));
        }
        String where = FindingText.where(f);
        if (!where.isEmpty()) {
            n.put("where", where);
        }
        if (f.getReported() != null) {
            n.put("reportedLabel", FindingText.reportedLabel(f));
        }
        if (f.getExpected() != null) {
            n.put("expectedLabel", FindingText.expectedLabel(f));
        }
        if (!f.getCells().isEmpty()) {
            ArrayNode labels = n.putArray("cellLabels");
            FindingText.cells(f).forEach(labels::add);
        }
        List<String> highlights = FindingText.highlights(f);
        if (!highlights.isEmpty()) {
            ArrayNode words = n.putArray("highlights");
            highlights.forEach(words::add);
        }
        if (!f.getMerged().isEmpty()) {
            ArrayNode also = n.putArray("alsoRules");
            for (Finding m : f.getMerged()) {
                also.addObject().put("rule", m.getRule()).put("title", m.getTitle()).put("severity", m.getSeverity().id())
                        .put("message", m.getMessage()).put("basis", m.getBasis());
            }
        }
        return n;
    }

    /** Where in the submitted file, in the file's own terms; only the parts that apply. */
    private static ObjectNode location(SourceSpan s) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        putIfPositive(n, "line", s.line());
        putIfPositive(n, "column", s.column());
        putIfPositive(n, "page", s.page());
        putIfPositive(n, "lineOnPage", s.lineOnPage());
        putIfPositive(n, "table", s.table());
        putIfPositive(n, "tableRow", s.row());
        putIfPositive(n, "tableColumn", s.col());
        putIfPositive(n, "paragraph", s.paragraph());
        return n;
    }

    private static void putIfPositive(ObjectNode n, String name, int value) {
        if (value > 0) {
            n.put(name, value);
        }
    }

    private static void putIfPresent(ObjectNode n, String name, String value) {
        if (value != null) {
            n.put(name, value);
        }
    }
}
