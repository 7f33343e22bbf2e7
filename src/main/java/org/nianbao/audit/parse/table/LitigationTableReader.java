package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.nianbao.audit.model.LabelDeviation;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.parse.table.digits.NarrativeHints;
import org.nianbao.audit.parse.table.digits.RowReading;

/**
 * Reads table 3: a three-level header, then one data row of 15 values (行政复议 ×5, 未经复议直接起诉 ×5,
 * 复议后起诉 ×5), optionally after a row label 数量 / 案件数量. The values become the template's rows RV, LD
 * and LR of five cells each, taken in printed order; each row's line is the line of its first cell.
 */
final class LitigationTableReader {
    private static final Set<String> ROW_LABELS = Set.of(LabelKey.of("数量"), LabelKey.of("案件数量"));

    private final List<RowSpec> specs;
    private final HeaderMatcher headers;
    /** The group headers 行政复议 / 未经复议直接起诉 / 复议后起诉 act as the three rows' labels. */
    private final LabelMatcher groupLabels;
    /** Table 3 printed as blocks, each with its own header and values. */
    private final LitigationBlocksReader blocks;

    LitigationTableReader(TemplateCatalog template) {
        specs = template.rows(TemplateVersion.V2021, TableKind.T3);
        headers = new HeaderMatcher(TableKind.T3, template.outcomeColumns());
        List<String> labels = new ArrayList<>();
        List<List<String>> variants = new ArrayList<>();
        for (RowSpec spec : specs) {
            labels.add(spec.label());
            variants.add(spec.variants());
        }
        groupLabels = new LabelMatcher(labels, variants);
        blocks = new LitigationBlocksReader(specs, headers, groupLabels);
    }

    TableReading read(List<Token> tokens, Region region) {
        return read(tokens, region, NarrativeHints::none);
    }

    TableReading read(List<Token> tokens, Region region, Supplier<NarrativeHints> hints) {
        Optional<TableReading> asBlocks = blocks.read(tokens, region);
        if (asBlocks.isPresent()) {
            return asBlocks.get();
        }
        int i = region.from();
        List<Token> header = new ArrayList<>();
        // the header ends at the data row, or at a heading/narrative when the data row was never printed
        while (i < region.to() && !tokens.get(i).valueLike() && !(i > region.from() && Stoppers.isStopper(tokens.get(i)))) {
            Token t = tokens.get(i++);
            if (!ROW_LABELS.contains(t.key())) {
                header.add(t);
            }
        }
        boolean dataRow = i < region.to() && tokens.get(i).valueLike();
        List<Token> items = new ArrayList<>(dataRow ? leadingBlanks(header, tokens.get(i)) : List.of());
        header = header.subList(0, header.size() - items.size());
        while (i < region.to() && (tokens.get(i).empty() || tokens.get(i).valueLike())) {
            items.add(tokens.get(i++));
        }
        boolean stopped = i < region.to();
        int expected = specs.size() * specs.get(0).cellCount();
        LayoutBlanks.Reading printedRow = LayoutBlanks.readDataRow(items, expected, specs.get(0).cellCount());
        CellRun run = CellRun.unlabelled(printedRow.items(), expected);
        Map<String, RowReading> readings = run.glued() ? GluedRows.solveSpanning(specs, run, hints) : Map.of();
        boolean solved = readings.values().stream().anyMatch(r -> r.isRead() || r.status() == RowReading.Status.AMBIGUOUS
                || r.status() == RowReading.Status.TOO_MANY);
        boolean truncated = region.atEnd() && !stopped && !run.glued() && run.cells().size() < expected;

        int start = tokens.get(region.from()).line();
        List<ParseProblem> problems = new ArrayList<>();
        List<LabelDeviation> deviations = new ArrayList<>(headers.deviations(header));
        Token[] printed = groupHeaders(header, deviations);
        List<TableRow> rows = new ArrayList<>();
        if (solved) {
            int line = GluedRows.firstLine(run, start);
            for (int r = 0; r < specs.size(); r++) {
                RowSpec spec = specs.get(r);
                RowReading reading = readings.get(spec.key());
                if (reading.isRead()) {
                    rows.add(RowAssembler.assembleRead(spec, label(printed[r], spec), match(printed[r]), reading, line, line)
                            .row());
                } else {
                    problems.add(RowAssembler.unread(spec, reading, run.gluedEvidence(), line));
                }
            }
        } else {
            readSettled(run, truncated, printedRow, printed, start, rows, problems);
            if (run.glued()) {
                problems.add(ParseProblem.inTable(ProblemCode.CELLS_UNSEPARATED,
                        TableMessages.unseparated(expected, run.gluedEvidence()), firstLine(items, region, tokens),
                        run.gluedEvidence(), TableKind.T3, null));
            }
        }
        int end = items.isEmpty() ? lastLine(header, start) : lastLine(items, start);
        if (truncated) {
            List<Token> cells = run.cells();
            String last = cells.isEmpty() ? "" : cells.get(cells.size() - 1).raw();
            problems.add(ParseProblem.inTable(ProblemCode.TABLE_TRUNCATED,
                    TableMessages.truncated(TableKind.T3, last, expected - cells.size()), end, last, TableKind.T3, null));
        }
        StatTable table = new StatTable(TableKind.T3, null, start, end, rows, deviations);
        return new TableReading(table, problems, truncated);
    }

    /** The data row's cells in printed order, five to a row; with glued digits only those left of the first doubt. */
    private void readSettled(CellRun run, boolean truncated, LayoutBlanks.Reading printedRow, Token[] printed, int start,
                             List<TableRow> rows, List<ParseProblem> problems) {
        List<Token> cells = run.cells();
        int per = specs.get(0).cellCount();
        for (int r = 0; r < specs.size(); r++) {
            RowSpec spec = specs.get(r);
            int from = Math.min(r * per, cells.size());
            int to = r == specs.size() - 1 ? cells.size() : Math.min(from + per, cells.size());
            if (from == to) {
                if (!run.glued() && !truncated) {
                    problems.add(ParseProblem.inTable(ProblemCode.ROW_MISSING, TableMessages.rowMissing(spec.label()),
                            start, "", TableKind.T3, spec.key()));
                }
                continue;
            }
            RowAssembler.Assembled a = RowAssembler.assembleSettled(spec, label(printed[r], spec), match(printed[r]),
                    cells.subList(from, to), printedRow.unreadableGapLine(), truncated || run.glued());
            rows.add(a.row());
            problems.addAll(a.problems());
        }
    }

    private static String label(Token printed, RowSpec spec) {
        return printed == null ? spec.label() : printed.raw();
    }

    private LabelMatch match(Token printed) {
        return printed == null ? LabelMatch.EXACT : groupLabels.match(printed.key()).orElseThrow().match();
    }

    /**
     * The empty fields at the end of the header that belong to the data row: those on the first value's
     * own delimited line (a blank 行政复议 维持 in "| | 1 | 0 …"), or lone-tab lines right above it. The row
     * has no label, so they cannot be merged label cells.
     */
    private static List<Token> leadingBlanks(List<Token> header, Token firstValue) {
        int k = header.size();
        int line = firstValue.line();
        while (k > 0 && header.get(k - 1).empty()) {
            Token t = header.get(k - 1);
            boolean sameLine = !t.ownLine() && t.line() == line;
            boolean lineAbove = t.ownLine() && t.line() == line - 1;
            if (!sameLine && !lineAbove) {
                break;
            }
            line = t.line();
            k--;
        }
        return header.subList(k, header.size());
    }

    /** The printed group header of each row (null when not printed), recording variants as deviations. */
    private Token[] groupHeaders(List<Token> header, List<LabelDeviation> deviations) {
        Token[] printed = new Token[specs.size()];
        for (Token t : header) {
            if (t.empty()) {
                continue;
            }
            LabelHit hit = groupLabels.match(t.key()).orElse(null);
            if (hit == null || hit.ambiguous() || printed[hit.target()] != null) {
                continue;
            }
            printed[hit.target()] = t;
            RowSpec spec = specs.get(hit.target());
            if (hit.match() != LabelMatch.EXACT) {
                deviations.add(new LabelDeviation(TableKind.T3, spec.key(), false, spec.label(), t.raw(), hit.match(),
                        LabelMatcher.distance(LabelKey.of(spec.label()), t.key()), t.line()));
            }
        }
        return printed;
    }

    private static int firstLine(List<Token> items, Region region, List<Token> tokens) {
        for (Token t : items) {
            if (!t.empty()) {
                return t.line();
            }
        }
        return tokens.get(region.from()).line();
    }

    private static int lastLine(List<Token> list, int fallback) {
        for (int k = list.size() - 1; k >= 0; k--) {
            if (!list.get(k).empty()) {
                return list.get(k).line();
            }
        }
        return fallback;
    }
}
