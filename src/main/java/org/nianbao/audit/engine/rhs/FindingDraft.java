package org.nianbao.audit.engine.rhs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.nianbao.audit.engine.RuleMetadata;
import org.nianbao.audit.engine.facts.LexiconHit;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.LabelDeviation;
import org.nianbao.audit.model.NarrativeClaim;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.Quotable;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.SubItem;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.model.finding.Finding;

/**
 * A finding being put together inside a DRL consequence. {@link #raise()} inserts the finished
 * {@link Finding} into the rule's own session (never a shared global); the engine collects it after
 * the rules have run.
 */
public final class FindingDraft {
    private final RuleContext kcontext;
    private final Map<String, Object> values = new HashMap<>();
    private final List<String> cells = new ArrayList<>();
    private String evidence;
    private int line;
    private Integer section;
    private String table;
    private String row;
    private String column;
    private String reported;
    private String expected;
    private Origin origin = Origin.REPORT;

    FindingDraft(RuleContext kcontext, Quotable where) {
        this.kcontext = kcontext;
        if (where != null) {
            this.evidence = where.getQuote();
            this.line = where.getLine();
        }
        if (where instanceof Cell cell) {
            table(cell.getTable());
            row(cell.getRowKey());
            column(cell.getColumnKey());
        }
        Integer at = sectionOf(where);
        if (at != null) {
            section(at);
        }
    }

    /** The section the evidence stands in, so findings group by section without every rule saying so. */
    private static Integer sectionOf(Quotable where) {
        if (where instanceof Cell c) {
            return c.getTable().section();
        }
        if (where instanceof TableRow r) {
            return r.getTable().section();
        }
        if (where instanceof LabelDeviation d) {
            return d.getTable().section();
        }
        if (where instanceof Section s) {
            return s.getNumber();
        }
        if (where instanceof TextLine l) {
            return l.getSection();
        }
        if (where instanceof NarrativeClaim c) {
            return c.getSection();
        }
        if (where instanceof SubItem i) {
            return i.getSection();
        }
        if (where instanceof LexiconHit h) {
            return h.getSection();
        }
        return null;
    }

    public FindingDraft section(int number) { this.section = number; return set("section", number); }
    public FindingDraft table(Object kind) { this.table = String.valueOf(kind); return set("table", table); }
    public FindingDraft row(String key) { this.row = key; return set("row", key); }
    public FindingDraft column(String key) { this.column = key; return set("column", key); }
    public FindingDraft reported(Object value) { this.reported = text(value); return set("reported", reported); }
    public FindingDraft expected(Object value) { this.expected = text(value); return set("expected", expected); }

    /** Overrides the evidence, e.g. to quote a sentence while pointing at a table cell. */
    public FindingDraft evidence(String quote, int atLine) {
        this.evidence = quote;
        this.line = atLine;
        return this;
    }

    /** Marks the finding as the engine's reading problem, not the agency's ("extraction"). */
    public FindingDraft extraction() { this.origin = Origin.EXTRACTION; return this; }

    /** Marks the finding as an input problem (the report is not assessable). */
    public FindingDraft input() { this.origin = Origin.INPUT; return this; }

    /** The cells an arithmetic check summed, listed in the finding as "ROW.COLUMN=value". */
    public FindingDraft cells(Collection<?> summed) {
        for (Object o : summed) {
            if (o instanceof Cell c) {
                cells.add(c.getRowKey() + "." + c.getColumnKey() + "=" + (c.isNumber() ? c.getValue().toPlainString() : c.getRaw().strip()));
            } else {
                cells.add(String.valueOf(o));
            }
        }
        cells.sort(null);
        return set("cells", String.join("、", cells));
    }

    /** A named value for the rule's {@code @message} template: {@code ${name}}. */
    public FindingDraft set(String name, Object value) {
        values.put(name, text(value));
        return this;
    }

    /** Builds the finding from the rule's metadata and inserts it into the session. */
    public void raise() {
        RuleMetadata meta = RuleMetadata.of(kcontext.getRule());
        Map<String, Object> optional = kcontext.getRule().getMetaData();
        values.putIfAbsent("quote", evidence == null ? "" : evidence);
        values.putIfAbsent("line", line);
        Finding finding = Finding.builder()
                .rule(meta.id()).title(meta.title()).severity(meta.severity()).category(meta.category())
                .basis(meta.basis()).message(meta.message(values)).origin(origin)
                .evidence(evidence).line(line).section(section).table(table).row(row).column(column)
                .reported(reported).expected(expected).cells(cells)
                .reportedLabel(optionalText(optional, "reportedLabel")).expectedLabel(optionalText(optional, "expectedLabel"))
                .mergeGroup(optionalText(optional, "mergeGroup"))
                .build();
        kcontext.getKieRuntime().insert(finding);
    }

    /** An optional metadata value ({@code @reportedLabel}, {@code @expectedLabel}, {@code @mergeGroup}); null when absent or blank. */
    private static String optionalText(Map<String, Object> metadata, String key) {
        Object v = metadata.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal bd) {
            return bd.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }
}
