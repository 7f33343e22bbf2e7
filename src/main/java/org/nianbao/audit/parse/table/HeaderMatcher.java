package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nianbao.audit.model.LabelDeviation;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.template.ColumnSpec;

/**
 * Finds the column headers printed above a block of rows and reports the ones that deviate from the
 * template (合计 for 总计, 结果维护, 本年发件 …). Header cells are often broken into fragments
 * ("商业" / "企业", "结果" / "纠正"), so up to three adjacent fragments are joined before matching.
 * Headers only inform deviations: values are always assigned to the template's columns.
 */
final class HeaderMatcher {
    private static final int MAX_FRAGMENTS = 3;

    private final TableKind table;
    private final List<ColumnSpec> columns;
    private final LabelMatcher matcher;

    HeaderMatcher(TableKind table, List<ColumnSpec> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        List<String> labels = new ArrayList<>();
        List<List<String>> variants = new ArrayList<>();
        for (ColumnSpec c : columns) {
            labels.add(c.label());
            variants.add(c.variants());
        }
        this.matcher = new LabelMatcher(labels, variants);
    }

    /** True when the token is a known header of these columns (exact or variant), so it is no value cell. */
    boolean isHeader(Token token) {
        return !token.empty() && matcher.matchKnown(token.key()).isPresent();
    }

    List<LabelDeviation> deviations(List<Token> header) {
        List<Token> text = new ArrayList<>();
        for (Token t : header) {
            if (!t.empty() && !t.valueLike()) {
                text.add(t);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<LabelDeviation> out = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            i += matchAt(text, i, seen, out);
        }
        return out;
    }

    /** Matches the header starting at fragment {@code i}; returns how many fragments it used. */
    private int matchAt(List<Token> text, int i, Set<String> seen, List<LabelDeviation> out) {
        StringBuilder joined = new StringBuilder();
        StringBuilder printed = new StringBuilder();
        for (int k = 0; k < MAX_FRAGMENTS && i + k < text.size(); k++) {
            joined.append(text.get(i + k).key());
            printed.append(text.get(i + k).raw());
            Optional<LabelHit> hit = matcher.matchKnown(joined.toString());
            if (hit.isPresent()) {
                record(hit.get(), printed.toString(), joined.toString(), text.get(i).line(), seen, out);
                return k + 1;
            }
        }
        Token t = text.get(i);
        matcher.match(t.key()).ifPresent(h -> record(h, t.raw(), t.key(), t.line(), seen, out));
        return 1;
    }

    private void record(LabelHit hit, String printed, String key, int line, Set<String> seen,
                        List<LabelDeviation> out) {
        if (hit.ambiguous() || hit.match() == LabelMatch.EXACT) {
            return;
        }
        ColumnSpec column = columns.get(hit.target());
        if (!seen.add(column.key() + '\u0000' + key)) {
            return;
        }
        int distance = LabelMatcher.distance(LabelKey.of(column.label()), key);
        out.add(new LabelDeviation(table, column.key(), true, column.label(), printed, hit.match(), distance, line));
    }
}
