package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.parse.table.digits.NarrativeHints;
import org.nianbao.audit.parse.table.digits.RowReading;

/**
 * Reads tables 1 and 2, whose rows each start with a label: every token is a row label, a value, a
 * structural label (block header 第二十条第（一）项, group 三、本年度办理结果, 信息内容, a column header) or
 * other text. A row takes the values that follow its label up to the next label, whatever the layout.
 * Stateless apart from the template; thread-safe.
 */
final class LabelledTableReader {
    private static final int MAX_LABEL_FRAGMENTS = 3;
    /** Short text after a label is a printed cell ("未统计"); longer text is not part of the row. */
    private static final int MAX_TEXT_CELL = 8;
    private static final String CONTENT_HEADER = LabelKey.of("信息内容");

    private final TableKind kind;
    private final List<RowSpec> specs;
    private final LabelMatcher rowMatcher;
    private final Set<String> structural = new HashSet<>();
    private final HeaderMatcher allHeaders;
    /** Per-row header matchers (table 1 blocks have their own columns), built once. */
    private final java.util.Map<String, HeaderMatcher> rowHeaders = new java.util.HashMap<>();

    LabelledTableReader(TableKind kind, List<RowSpec> specs) {
        this.kind = kind;
        this.specs = List.copyOf(specs);
        List<String> labels = new ArrayList<>();
        List<List<String>> variants = new ArrayList<>();
        List<ColumnSpec> columns = new ArrayList<>();
        for (RowSpec s : specs) {
            rowHeaders.put(s.key(), new HeaderMatcher(kind, s.columns()));
            labels.add(s.label());
            variants.add(s.variants());
            if (s.group() != null) {
                structural.addAll(groupForms(s.group()));
            }
            for (ColumnSpec c : s.columns()) {
                if (columns.stream().noneMatch(x -> x.key().equals(c.key()))) {
                    columns.add(c);
                }
            }
        }
        structural.add(CONTENT_HEADER);
        this.rowMatcher = new LabelMatcher(labels, variants);
        this.allHeaders = new HeaderMatcher(kind, columns);
    }

    /**
     * A group label's key plus, for table 1's block headers, the short forms seen in the wild
     * (第二十条第五项, 第（五）项), so that no block header is ever taken for a text cell.
     */
    private static List<String> groupForms(String group) {
        String key = LabelKey.of(group);
        String statute = LabelKey.of("第二十条");
        int open = key.indexOf('(');
        int close = key.indexOf(')');
        if (!key.startsWith(statute) || open < 0 || close < open) {
            return List.of(key);
        }
        String item = key.substring(open + 1, close);
        return List.of(key, statute + "第" + item + "项", key.substring(statute.length()));
    }

    TableReading read(List<Token> tokens, Region region, TemplateVersion shown) {
        return read(tokens, region, shown, NarrativeHints::none);
    }

    /** @param hints the narrative's numbers for single cells, asked for only when some row's digits are glued */
    TableReading read(List<Token> tokens, Region region, TemplateVersion shown, Supplier<NarrativeHints> hints) {
        Session s = new Session();
        int i = region.from();
        while (i < region.to()) {
            i += s.step(tokens, i, region.to());
        }
        s.flushOrphans();
        s.close();
        // rows are assembled only now: a short row's empty fields are read against the complete rows
        RowLayout layout = s.layout();
        int unread = s.unreadAfterLast(layout);
        boolean truncated = region.atEnd() && !s.stopSeenAfterLastRow && unread > 0;
        s.assembleAll(layout, truncated, hints);
        List<ParseProblem> problems = new ArrayList<>(s.problems);
        problems.addAll(s.rowProblems());
        if (truncated) {
            problems.add(ParseProblem.inTable(ProblemCode.TABLE_TRUNCATED,
                    TableMessages.truncated(kind, s.lastDraft.printed, unread), s.lastLine,
                    s.lastDraft.printed, kind, s.lastDraft.spec.key()));
        }
        int start = tokens.get(region.from()).line();
        for (int k = 0; k < specs.size(); k++) {
            RowSpec spec = specs.get(k);
            boolean cutAway = truncated && k > s.lastIndex();
            if (!s.rows.containsKey(spec.key()) && !cutAway) {
                // point at the row's printed group or block header (e.g. 第二十条第（八）项) when there is one
                Token printed = RowTraces.find(spec, tokens, region, allHeaders);
                if (printed != null) {
                    problems.add(ParseProblem.inTable(ProblemCode.ROW_UNREAD,
                            TableMessages.rowUnread(spec.label(), printed.line()), printed.line(), printed.raw(), kind,
                            spec.key()));
                    continue;
                }
                Token group = spec.group() == null ? null : s.groups.get(LabelKey.of(spec.group()));
                problems.add(ParseProblem.inTable(ProblemCode.ROW_MISSING, TableMessages.rowMissing(spec.label()),
                        group == null ? start : group.line(), group == null ? "" : group.raw(), kind, spec.key()));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (RowSpec spec : specs) {
            RowAssembler.Assembled a = s.rows.get(spec.key());
            if (a != null) {
                rows.add(a.row());
            }
        }
        StatTable table = new StatTable(kind, shown, start, Math.max(start, s.lastLine), rows, s.deviations);
        return new TableReading(table, problems, truncated);
    }

    /** Per-call reading state, so the reader itself stays immutable. */
    private final class Session {
        final Map<String, RowAssembler.Assembled> rows = new LinkedHashMap<>();
        final Map<String, Draft> drafts = new LinkedHashMap<>();
        final List<ParseProblem> problems = new ArrayList<>();
        final List<LabelDeviation> deviations = new ArrayList<>();
        final List<Token> header = new ArrayList<>();
        /** First printed occurrence of each group or block label, by key. */
        final Map<String, Token> groups = new LinkedHashMap<>();
        /** The row taking values; null after an ambiguous or repeated label, whose values belong to no row. */
        Draft current;
        Draft lastDraft;
        /** Values printed where no row takes them (after an unmatched label), reported rather than dropped. */
        final List<Token> orphans = new ArrayList<>();
        Token lastText;
        /** Values after an ambiguous or repeated label are already covered by that label's problem. */
        boolean afterRejectedLabel;
        int lastLine;
        boolean stopSeenAfterLastRow;

        int step(List<Token> tokens, int i, int end) {
            Token t = tokens.get(i);
            if (t.empty() || t.valueLike()) {
                if (current != null) {
                    current.items.add(t);
                    lastLine = t.empty() ? lastLine : t.line();
                } else if (!t.empty() && !drafts.isEmpty() && !afterRejectedLabel) {
                    orphans.add(t);
                }
                return 1;
            }
            flushOrphans();
            if (PlaceholderHeader.is(t)) {
                close(); // a converter's placeholder header row ("数据1", "列2") ends the row before it
                return 1;
            }
            lastText = t;
            afterRejectedLabel = false;
            Optional<LabelHit> hit = rowMatcher.match(t.key());
            int used = 1;
            if (hit.isEmpty() && !isStructural(t)) {
                used = joinedLabel(tokens, i, end);
                if (used > 1) {
                    hit = rowMatcher.matchKnown(joinedKey(tokens, i, used));
                }
            }
            if (hit.isEmpty()) {
                int next = i + 1;
                while (next < end && tokens.get(next).empty() && tokens.get(next).line() == t.line()) {
                    next++; // merged label cells between the label and its values
                }
                boolean valuesFollow = next < end && tokens.get(next).valueLike();
                hit = UnnumberedLabel.match(specs, lastIndex(), t.key(), valuesFollow);
                used = 1;
            }
            if (hit.isPresent()) {
                startRow(hit.get(), tokens, i, used);
                return used;
            }
            if (isStructural(t)) {
                close();
                header.add(t);
                groups.putIfAbsent(t.key(), t);
            } else if (Stoppers.isStopper(t)) {
                close();
                header.clear();
                stopSeenAfterLastRow = lastDraft != null;
            } else if (current != null && current.items.size() < current.spec.cellCount()
                    && t.key().length() <= MAX_TEXT_CELL) {
                current.items.add(t);
                lastLine = t.line();
            } else {
                close();
                header.add(t);
            }
            return 1;
        }

        void flushOrphans() {
            if (orphans.isEmpty()) {
                return;
            }
            StringBuilder printed = new StringBuilder();
            for (Token o : orphans) {
                printed.append(printed.isEmpty() ? "" : " ").append(o.raw());
            }
            String after = lastText == null ? "" : lastText.raw();
            problems.add(ParseProblem.inTable(ProblemCode.ROW_AMBIGUOUS,
                    TableMessages.orphanValues(after, orphans.size(), printed.toString()), orphans.get(0).line(),
                    printed.toString(), kind, null));
            orphans.clear();
        }

        private boolean isStructural(Token t) {
            return structural.contains(t.key()) || allHeaders.isHeader(t);
        }

        /** How many fragments (≥2) form a known label when joined, or 1. */
        private int joinedLabel(List<Token> tokens, int i, int end) {
            for (int n = 2; n <= MAX_LABEL_FRAGMENTS && i + n <= end; n++) {
                Token next = tokens.get(i + n - 1);
                if (next.empty() || next.valueLike()) {
                    return 1;
                }
                if (rowMatcher.matchKnown(joinedKey(tokens, i, n)).isPresent()) {
                    return n;
                }
            }
            return 1;
        }

        private String joinedKey(List<Token> tokens, int i, int n) {
            StringBuilder k = new StringBuilder();
            for (int j = i; j < i + n; j++) {
                k.append(tokens.get(j).key());
            }
            return k.toString();
        }

        private void startRow(LabelHit hit, List<Token> tokens, int i, int used) {
            close();
            Token first = tokens.get(i);
            StringBuilder printed = new StringBuilder();
            for (int j = i; j < i + used; j++) {
                printed.append(tokens.get(j).raw());
            }
            lastLine = tokens.get(i + used - 1).line();
            if (hit.ambiguous()) {
                List<String> rivals = new ArrayList<>();
                hit.rivals().forEach(r -> rivals.add(specs.get(r).label()));
                problems.add(ParseProblem.inTable(ProblemCode.ROW_AMBIGUOUS,
                        TableMessages.ambiguousLabel(printed.toString(), rivals), first.line(), printed.toString(), kind, null));
                afterRejectedLabel = true;
                return;
            }
            RowSpec spec = specs.get(hit.target());
            if (drafts.containsKey(spec.key())) {
                problems.add(ParseProblem.inTable(ProblemCode.ROW_AMBIGUOUS,
                        TableMessages.duplicateRow(spec.label(), drafts.get(spec.key()).line), first.line(),
                        printed.toString(), kind, spec.key()));
                afterRejectedLabel = true;
                return;
            }
            if (!header.isEmpty()) {
                addDeviations(rowHeaders.get(spec.key()).deviations(header));
                header.clear();
            }
            if (hit.match() != LabelMatch.EXACT) {
                String found = joinedKey(tokens, i, used);
                deviations.add(new LabelDeviation(kind, spec.key(), false, spec.label(), printed.toString(), hit.match(),
                        LabelMatcher.distance(LabelKey.of(spec.label()), found), first.line()));
            }
            current = new Draft(spec, printed.toString(), hit.match(), first.line(), tokens.get(i + used - 1),
                    hit.target());
            drafts.put(spec.key(), current);
            lastDraft = current;
            stopSeenAfterLastRow = false;
        }

        private void addDeviations(List<LabelDeviation> found) {
            for (LabelDeviation d : found) {
                boolean known = deviations.stream().anyMatch(x -> x.isColumn() && x.getKey().equals(d.getKey())
                        && LabelKey.of(x.getFound()).equals(LabelKey.of(d.getFound())));
                if (!known) {
                    deviations.add(d);
                }
            }
        }

        void close() {
            current = null;
        }

        RowLayout layout() {
            RowLayout.Learner learner = new RowLayout.Learner();
            for (Draft d : drafts.values()) {
                learner.add(d.label, d.items, d.spec.cellCount());
            }
            return learner.layout();
        }

        /**
         * Glued rows are solved together once every row is read, since table 2's column identities couple them.
         *
         * @param truncated the document ends inside the last row read
         */
        void assembleAll(RowLayout layout, boolean truncated, Supplier<NarrativeHints> hints) {
            Map<String, LayoutBlanks.Reading> printed = new LinkedHashMap<>();
            Map<String, CellRun> runs = new LinkedHashMap<>();
            for (Draft d : drafts.values()) {
                LayoutBlanks.Reading p = d.cells(layout);
                printed.put(d.spec.key(), p);
                runs.put(d.spec.key(), RowAssembler.run(d.spec, p));
            }
            Map<String, RowReading> readings = GluedRows.solve(specs, runs, hints);
            for (Draft d : drafts.values()) {
                String key = d.spec.key();
                RowAssembler.Assembled a = RowAssembler.assemble(d.spec, d.printed, d.match, d.line, printed.get(key),
                        runs.get(key), readings.get(key), truncated && d == lastDraft);
                rows.put(key, a);
            }
        }

        List<ParseProblem> rowProblems() {
            List<ParseProblem> out = new ArrayList<>();
            for (RowSpec spec : specs) {
                RowAssembler.Assembled a = rows.get(spec.key());
                if (a != null) {
                    out.addAll(a.problems());
                }
            }
            return out;
        }

        int lastIndex() {
            return lastDraft == null ? -1 : lastDraft.index;
        }

        /** Template rows after the last row read that were never found, plus the last row if it is short. */
        int unreadAfterLast(RowLayout layout) {
            if (lastDraft == null) {
                return 0;
            }
            int unread = 0;
            for (int k = lastDraft.index + 1; k < specs.size(); k++) {
                if (!drafts.containsKey(specs.get(k).key())) {
                    unread++;
                }
            }
            LayoutBlanks.Reading printed = lastDraft.cells(layout);
            CellRun run = CellRun.of(printed.items(), lastDraft.spec.cellCount(), printed.leadingCells());
            // glued digits are not a short row: the digit solver decides how many cells they hold
            int printedCells = run.glued() ? lastDraft.spec.cellCount() : run.cells().size();
            return unread + (printedCells < lastDraft.spec.cellCount() ? 1 : 0);
        }
    }

    private static final class Draft {
        final RowSpec spec;
        final String printed;
        final LabelMatch match;
        final int line;
        /** The label's last printed fragment: where the row's cells start. */
        final Token label;
        final int index;
        final List<Token> items = new ArrayList<>();

        Draft(RowSpec spec, String printed, LabelMatch match, int line, Token label, int index) {
            this.spec = spec;
            this.printed = printed;
            this.match = match;
            this.line = line;
            this.label = label;
            this.index = index;
        }

        LayoutBlanks.Reading cells(RowLayout layout) {
            return LayoutBlanks.read(label, items, spec.cellCount(), layout);
        }
    }
}
