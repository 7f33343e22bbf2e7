package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.nianbao.audit.model.LabelDeviation;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.template.RowSpec;

/**
 * Reads table 3 when a converter printed it as blocks, each with its own group header, column headers and
 * values: 行政复议 / 未经复议直接起诉 / 复议后起诉 with five values each, or 行政复议 with five and 行政诉讼 with ten.
 * Each run of values belongs to the groups named in the header printed right before it (the next groups in
 * template order when it names none). Only taken when a group header stands between two value runs; a table
 * printed with one data row is {@link LitigationTableReader}'s.
 */
final class LitigationBlocksReader {
    private record Block(List<Integer> targets, List<Token> header, List<Token> items) {
    }

    private final List<RowSpec> specs;
    private final HeaderMatcher headers;
    private final LabelMatcher groupLabels;

    LitigationBlocksReader(List<RowSpec> specs, HeaderMatcher headers, LabelMatcher groupLabels) {
        this.specs = specs;
        this.headers = headers;
        this.groupLabels = groupLabels;
    }

    Optional<TableReading> read(List<Token> tokens, Region region) {
        List<Block> blocks = blocks(tokens, region);
        boolean split = blocks.size() >= 2 && blocks.subList(1, blocks.size()).stream().anyMatch(b -> !b.targets().isEmpty());
        if (!split) {
            return Optional.empty();
        }
        int per = specs.get(0).cellCount();
        int start = tokens.get(region.from()).line();
        int end = start;
        List<ParseProblem> problems = new ArrayList<>();
        List<LabelDeviation> deviations = new ArrayList<>();
        TableRow[] rows = new TableRow[specs.size()];
        int next = 0;
        for (Block b : blocks) {
            deviations.addAll(headers.deviations(b.header()));
            List<Integer> targets = b.targets().isEmpty() ? following(next, b.items(), per) : b.targets();
            if (targets.isEmpty()) {
                continue;
            }
            CellRun run = CellRun.unlabelled(b.items(), per * targets.size());
            List<Token> cells = run.cells();
            for (int k = 0; k < targets.size(); k++) {
                int target = targets.get(k);
                RowSpec spec = specs.get(target);
                List<Token> own = cells.subList(Math.min(k * per, cells.size()), Math.min(k * per + per, cells.size()));
                if (rows[target] != null) {
                    problems.add(ParseProblem.inTable(ProblemCode.ROW_AMBIGUOUS,
                            TableMessages.duplicateRow(spec.label(), rows[target].getLine()), line(b.items()), "",
                            TableKind.T3, spec.key()));
                    continue;
                }
                Token label = printedGroup(b.header(), target);
                LabelMatch match = label == null ? LabelMatch.EXACT : groupLabels.match(label.key()).orElseThrow().match();
                if (label != null && match != LabelMatch.EXACT) {
                    deviations.add(new LabelDeviation(TableKind.T3, spec.key(), false, spec.label(), label.raw(), match,
                            LabelMatcher.distance(LabelKey.of(spec.label()), label.key()), label.line()));
                }
                RowAssembler.Assembled a = RowAssembler.assembleSettled(spec, label == null ? spec.label() : label.raw(),
                        match, own, 0, run.glued());
                rows[target] = a.row();
                problems.addAll(a.problems());
            }
            if (run.glued()) {
                problems.add(ParseProblem.inTable(ProblemCode.CELLS_UNSEPARATED,
                        TableMessages.unseparated(per * targets.size(), run.gluedEvidence()), line(b.items()),
                        run.gluedEvidence(), TableKind.T3, targets.size() == 1 ? specs.get(targets.get(0)).key() : null));
            }
            next = Math.max(next, targets.get(targets.size() - 1) + 1);
            end = Math.max(end, line(b.items()));
        }
        List<TableRow> read = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] != null) {
                read.add(rows[r]);
            } else {
                problems.add(ParseProblem.inTable(ProblemCode.ROW_MISSING, TableMessages.rowMissing(specs.get(r).label()),
                        start, "", TableKind.T3, specs.get(r).key()));
            }
        }
        return Optional.of(new TableReading(new StatTable(TableKind.T3, null, start, end, read, deviations), problems, false));
    }

    /** The value runs of the region with the groups named and the header printed before each. */
    private List<Block> blocks(List<Token> tokens, Region region) {
        List<Block> blocks = new ArrayList<>();
        TreeSet<Integer> named = new TreeSet<>();
        List<Token> header = new ArrayList<>();
        int i = region.from();
        while (i < region.to()) {
            Token t = tokens.get(i);
            if (t.valueLike()) {
                List<Token> items = new ArrayList<>();
                while (i < region.to() && (tokens.get(i).valueLike() || tokens.get(i).empty())) {
                    items.add(tokens.get(i++));
                }
                blocks.add(new Block(List.copyOf(named), List.copyOf(header), items));
                named.clear();
                header.clear();
                continue;
            }
            if (i > region.from() && !blocks.isEmpty() && Stoppers.isStopper(t)) {
                break;
            }
            if (!t.empty() && !PlaceholderHeader.is(t)) {
                groupLabels.matchKnown(t.key()).filter(h -> !h.ambiguous()).ifPresent(h -> named.add(h.target()));
                header.add(t);
            }
            i++;
        }
        return blocks;
    }

    /** Groups after {@code next}, as many as the run's values fill (five each), when a block names none. */
    private List<Integer> following(int next, List<Token> items, int per) {
        long values = items.stream().filter(t -> !t.empty()).count();
        int groups = (int) Math.max(1, Math.min(specs.size() - next, (values + per - 1) / per));
        List<Integer> out = new ArrayList<>();
        for (int g = next; g < next + groups && g < specs.size(); g++) {
            out.add(g);
        }
        return out;
    }

    private Token printedGroup(List<Token> header, int target) {
        for (Token t : header) {
            Optional<LabelHit> hit = groupLabels.matchKnown(t.key());
            if (hit.isPresent() && hit.get().target() == target) {
                return t;
            }
        }
        return null;
    }

    private static int line(List<Token> items) {
        for (Token t : items) {
            if (!t.empty()) {
                return t.line();
            }
        }
        return items.isEmpty() ? 0 : items.get(0).line();
    }
}
