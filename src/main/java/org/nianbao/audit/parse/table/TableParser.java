package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.parse.table.digits.NarrativeHints;

/**
 * Finds the three statistical tables in a document's lines, whatever the layout (one cell per line,
 * tab-prefixed, Markdown pipes, TSV, space-separated), and reads them into labelled matrices. Rows are
 * matched by label, never by position; the template version comes from the tables' own labels (table 1
 * decides, table 2 confirms).
 */
public final class TableParser {
    private final LitigationTableReader litigation;
    /** Readers are immutable and their label matchers costly to build: one per template and table. */
    private final Map<TemplateVersion, LabelledTableReader> table1Readers;
    private final Map<TemplateVersion, LabelledTableReader> table2Readers;
    private final TemplateDetector detector;
    private final TableLocator locator;
    private final TableTraces traces;

    public TableParser(TemplateCatalog template) {
        this.litigation = new LitigationTableReader(template);
        this.table1Readers = readers(template, TableKind.T1);
        this.table2Readers = readers(template, TableKind.T2);
        this.detector = new TemplateDetector(template);
        this.locator = new TableLocator(template);
        this.traces = new TableTraces(template);
    }

    /** Thread-safe; never throws for bad content. {@code lines} are all lines of the document in order. */
    public TableParseResult parse(List<TextLine> lines) {
        List<TextLine> input = lines == null ? List.of() : lines;
        List<Token> tokens = LineTokenizer.tokenize(input, 0, input.size());
        Map<TableKind, Region> regions = new EnumMap<>(TableKind.class);
        for (Region r : locator.locate(tokens)) {
            regions.put(r.kind(), r);
        }
        List<ParseProblem> problems = new ArrayList<>();
        TemplateDetector.Verdict v1 = verdict(regions.get(TableKind.T1), tokens, true);
        TemplateDetector.Verdict v2 = verdict(regions.get(TableKind.T2), tokens, false);
        TemplateVersion template = decide(v1, v2, problems);

        Map<TableKind, TableReading> readings = new EnumMap<>(TableKind.class);
        Supplier<NarrativeHints> hints = new NarrativeLines(input, tokens, regions.values());
        Region r1 = regions.get(TableKind.T1);
        if (r1 != null) {
            TemplateVersion rowsOf = first(v1.version(), v2.version());
            readings.put(TableKind.T1, table1Readers.get(rowsOf).read(tokens, r1, v1.version(), hints));
        }
        Region r2 = regions.get(TableKind.T2);
        if (r2 != null) {
            TemplateVersion rowsOf = first(v2.version(), v1.version());
            readings.put(TableKind.T2, table2Readers.get(rowsOf).read(tokens, r2, v2.version(), hints));
        }
        Region r3 = regions.get(TableKind.T3);
        if (r3 != null) {
            readings.put(TableKind.T3, litigation.read(tokens, r3, hints));
        }

        List<StatTable> tables = new ArrayList<>();
        TableKind cutInside = null;
        for (TableReading reading : readings.values()) {
            tables.add(reading.table());
            problems.addAll(reading.problems());
            if (reading.truncated()) {
                cutInside = reading.table().getKind();
            }
        }
        for (TableKind kind : TableKind.values()) {
            boolean lostToTruncation = cutInside != null && kind.ordinal() > cutInside.ordinal();
            if (!readings.containsKey(kind) && !lostToTruncation) {
                // labels printed but no table read: the parser's problem, not the agency's omission
                problems.add(traces.find(kind, tokens)
                        .map(t -> ParseProblem.inTable(ProblemCode.TABLE_UNREAD, TableMessages.tableUnread(kind, t.line(),
                                t.raw()), t.line(), t.raw(), kind, null))
                        .orElseGet(() -> ParseProblem.inTable(ProblemCode.TABLE_MISSING, TableMessages.tableMissing(kind),
                                0, "", kind, null)));
            }
        }
        return new TableParseResult(tables, template, problems);
    }

    private static Map<TemplateVersion, LabelledTableReader> readers(TemplateCatalog template, TableKind kind) {
        Map<TemplateVersion, LabelledTableReader> byVersion = new EnumMap<>(TemplateVersion.class);
        for (TemplateVersion v : TemplateVersion.values()) {
            byVersion.put(v, new LabelledTableReader(kind, template.rows(v, kind)));
        }
        return byVersion;
    }

    private TemplateDetector.Verdict verdict(Region region, List<Token> tokens, boolean table1) {
        if (region == null) {
            return new TemplateDetector.Verdict(null, false);
        }
        return table1 ? detector.table1(tokens, region) : detector.table2(tokens, region);
    }

    /** Table 1's markers decide; table 2 confirms, and a disagreement is recorded, not resolved silently. */
    private static TemplateVersion decide(TemplateDetector.Verdict v1, TemplateDetector.Verdict v2,
                                          List<ParseProblem> problems) {
        if (v1.mixed()) {
            problems.add(ParseProblem.inTable(ProblemCode.ROW_AMBIGUOUS, TableMessages.templateMixed(), 0, "",
                    TableKind.T1, null));
        }
        if (v1.version() != null && v2.version() != null && v1.version() != v2.version()) {
            problems.add(ParseProblem.inTable(ProblemCode.ROW_AMBIGUOUS,
                    TableMessages.templateConflict(v1.version(), v2.version()), 0, "", TableKind.T2, null));
        }
        return v1.version() != null ? v1.version() : v2.version();
    }

    /** The version to read rows with: the table's own, else the other table's, else the current format. */
    private static TemplateVersion first(TemplateVersion own, TemplateVersion other) {
        if (own != null) {
            return own;
        }
        return other != null ? other : TemplateVersion.V2021;
    }
}
