package org.nianbao.audit.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.DoubledWord;
import org.nianbao.audit.model.EnumerationBreak;
import org.nianbao.audit.model.FormatCitation;
import org.nianbao.audit.model.LabelDeviation;
import org.nianbao.audit.model.NarrativeClaim;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ReportMetadata;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.SectionNumbering;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.StatisticalPeriod;
import org.nianbao.audit.model.SubItem;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TextQuality;

/**
 * The parsed model as JSON for {@code parse FILE…} (debugging and rule authors): one object per file,
 * original text only (the normalised matching view is left out), fields in a fixed order.
 */
public final class ModelJson {
    private ModelJson() {
    }

    /** Writes the reports as one JSON array. */
    public static void writeArray(List<AnnualReport> reports, OutputStream out) throws IOException {
        ArrayNode a = JsonSupport.NODES.arrayNode();
        reports.forEach(r -> a.add(report(r)));
        JsonSupport.writePretty(a, out);
    }

    public static ObjectNode report(AnnualReport r) {
        ReportMetadata m = r.getMetadata();
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("source", r.getSource());
        n.put("charset", r.getCharset());
        n.put("agency", m.getAgency());
        n.put("year", m.getYear());
        n.put("template", r.getTemplate() == null ? null : r.getTemplate().label());
        n.put("requiredTemplate", r.getRequiredTemplate() == null ? null : r.getRequiredTemplate().label());
        n.put("published", date(m.getPublished()));
        n.set("metadata", metadata(m));
        n.set("preface", r.getPreface() == null ? null : section(r.getPreface()));
        ArrayNode sections = n.putArray("sections");
        r.getSections().forEach(s -> sections.add(section(s)));
        ArrayNode tables = n.putArray("tables");
        r.getTables().forEach(t -> tables.add(table(t)));
        ArrayNode claims = n.putArray("claims");
        r.getClaims().forEach(c -> claims.add(claim(c)));
        ArrayNode problems = n.putArray("problems");
        r.getProblems().forEach(p -> problems.add(problem(p)));
        n.put("lines", r.getLines().size());
        n.set("textQuality", textQuality(r.getTextQuality()));
        return n;
    }

    private static ObjectNode textQuality(TextQuality q) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        ArrayNode numbering = n.putArray("sectionNumbering");
        for (SectionNumbering s : q.getSectionNumberings()) {
            ObjectNode sn = numbering.addObject();
            sn.put("section", s.getSection());
            sn.put("system", s.getSystem());
            sn.put("printed", s.getPrinted());
            sn.put("prevailing", s.getPrevailing());
            sn.put("line", s.getLine());
        }
        ArrayNode doubled = n.putArray("doubledWords");
        for (DoubledWord d : q.getDoubledWords()) {
            ObjectNode dn = doubled.addObject();
            dn.put("word", d.getWord());
            dn.put("text", d.getText());
            dn.put("line", d.getLine());
            dn.put("quote", d.getQuote());
        }
        ArrayNode breaks = n.putArray("enumerationBreaks");
        for (EnumerationBreak b : q.getEnumerationBreaks()) {
            ObjectNode bn = breaks.addObject();
            bn.put("fault", b.getFault().name());
            bn.put("previous", b.getPreviousMarker());
            bn.put("previousLine", b.getPreviousLine());
            bn.put("marker", b.getMarker());
            bn.put("missing", b.getMissing());
            bn.put("line", b.getLine());
            bn.put("quote", b.getQuote());
        }
        return n;
    }

    private static ObjectNode metadata(ReportMetadata m) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("title", m.getTitle());
        n.put("titleLine", m.getTitleLine());
        n.put("kind", m.getAgencyKind().name());
        n.put("indexNumber", m.getIndexNumber());
        n.put("publishedLine", m.getPublishedLine());
        ArrayNode citations = n.putArray("citations");
        for (FormatCitation c : m.getCitations()) {
            ObjectNode cn = citations.addObject();
            cn.put("document", c.getDocument() == null ? null : c.getDocument().name());
            cn.put("garbled", c.isGarbled());
            cn.put("raw", c.getRaw());
            cn.put("line", c.getLine());
        }
        StatisticalPeriod p = m.getPeriod();
        if (p == null) {
            n.putNull("period");
        } else {
            ObjectNode pn = n.putObject("period");
            pn.put("from", date(p.getFrom()));
            pn.put("to", date(p.getTo()));
            pn.put("raw", p.getRaw());
            pn.put("line", p.getLine());
        }
        return n;
    }

    private static ObjectNode section(Section s) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("number", s.getNumber());
        n.put("position", s.getPosition());
        n.put("title", s.getTitle());
        n.put("heading", s.getHeading());
        n.put("numberingStyle", s.getNumberingStyle() == null ? null : s.getNumberingStyle().name());
        n.put("headingLine", s.getHeadingLine());
        n.put("endLine", s.getEndLine());
        n.put("empty", s.isEmpty());
        ArrayNode items = n.putArray("subItems");
        for (SubItem i : s.getSubItems()) {
            ObjectNode in = items.addObject();
            in.put("ordinal", i.getOrdinal());
            in.put("heading", i.getHeading());
            in.put("line", i.getLine());
        }
        return n;
    }

    private static ObjectNode table(StatTable t) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("kind", t.getKind().name());
        n.put("title", t.getKind().title());
        n.put("template", t.getTemplate() == null ? null : t.getTemplate().label());
        n.put("startLine", t.getStartLine());
        n.put("endLine", t.getEndLine());
        ArrayNode rows = n.putArray("rows");
        for (TableRow row : t.getRows()) {
            ObjectNode rn = rows.addObject();
            rn.put("key", row.getKey());
            rn.put("label", row.getLabel());
            rn.put("canonicalLabel", row.getCanonicalLabel());
            rn.put("labelMatch", row.getLabelMatch() == null ? null : row.getLabelMatch().name());
            rn.put("line", row.getLine());
            rn.put("expectedCells", row.getExpectedCells());
            ArrayNode cells = rn.putArray("cells");
            row.getCells().forEach(c -> cells.add(cell(c)));
        }
        ArrayNode deviations = n.putArray("labelDeviations");
        for (LabelDeviation d : t.getLabelDeviations()) {
            ObjectNode dn = deviations.addObject();
            dn.put("key", d.getKey());
            dn.put("column", d.isColumn());
            dn.put("canonical", d.getCanonical());
            dn.put("found", d.getFound());
            dn.put("match", d.getMatch() == null ? null : d.getMatch().name());
            dn.put("distance", d.getDistance());
            dn.put("line", d.getLine());
        }
        return n;
    }

    private static ObjectNode cell(Cell c) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("column", c.getColumnKey());
        n.put("kind", c.getKind().name());
        if (c.getValue() == null) {
            n.putNull("value");
        } else {
            n.put("value", c.getValue());
        }
        n.put("raw", c.getRaw());
        n.put("line", c.getLine());
        if (c.isReconstructed()) {
            // printed cells keep the shape they always had; only glued digits the solver separated say so
            n.put("origin", c.getOrigin().id());
            n.put("reconstruction", c.getReconstruction());
        }
        return n;
    }

    private static ObjectNode claim(NarrativeClaim c) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("kind", c.getKind().name());
        n.put("value", c.getValue());
        n.put("section", c.getSection());
        n.put("line", c.getLine());
        n.put("evidence", c.getQuote());
        return n;
    }

    private static ObjectNode problem(ParseProblem p) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("code", p.getCode().name());
        n.put("origin", p.getOrigin().id());
        n.put("detail", p.getDetail());
        n.put("line", p.getLine());
        n.put("evidence", p.getQuote());
        n.put("table", p.getTable() == null ? null : p.getTable().name());
        n.put("row", p.getRowKey());
        if (p.getSection() > 0) {
            n.put("section", p.getSection());
        }
        return n;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
