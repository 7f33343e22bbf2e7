package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.TemplateCatalog;

/**
 * Finds where each table starts by its own anchors, not by section headings (a table may sit under a
 * mis-numbered heading): 表一 at 第二十条第（一）项, 表二 at the 勾稽关系 header, 申请人情况 or its first row,
 * 表三 at a 行政复议 header cell followed closely by 行政诉讼, or directly by its own 结果维持 (table 3 printed as
 * three blocks). A table runs up to the next table's anchor.
 */
final class TableLocator {
    private static final Set<String> T1_ANCHORS = Set.of(
            LabelKey.of("第二十条第（一）项"), LabelKey.of("第二十条第一项"), LabelKey.of("第（一）项"));
    private static final String T2_RELATION = "勾稽关系";
    private static final Set<String> T2_ANCHORS = Set.of(
            LabelKey.of("申请人情况"), LabelKey.of("一、本年新收政府信息公开申请数量"));
    private static final String T3_REVIEW = "行政复议";
    private static final String T3_LITIGATION = "行政诉讼";
    /** Table 3's first outcome column as printed (结果维持 and its variants), from the template catalogue. */
    /** The printed forms of table 3's first outcome column (结果维持): a header row that follows 行政复议. */
    private final Set<String> outcomeHeaders;
    /** Anchors are header cells, not sentences that happen to mention them. */
    private static final int MAX_ANCHOR_LENGTH = 60;
    private static final int MAX_T3_HEADER_LENGTH = 24;
    /** Non-empty header cells allowed between 行政复议 and 行政诉讼 (e.g. "（因政府信息公开被行政复议）"). */
    private static final int T3_LOOKAHEAD = 4;

    TableLocator(TemplateCatalog template) {
        this.outcomeHeaders = outcomeHeaders(template);
    }

    List<Region> locate(List<Token> tokens) {
        Map<TableKind, Integer> starts = new EnumMap<>(TableKind.class);
        for (int i = 0; i < tokens.size() && starts.size() < TableKind.values().length; i++) {
            String k = tokens.get(i).key();
            if (k.isEmpty() || k.length() > MAX_ANCHOR_LENGTH) {
                continue;
            }
            if (!starts.containsKey(TableKind.T1) && T1_ANCHORS.contains(k)) {
                starts.put(TableKind.T1, i);
            } else if (!starts.containsKey(TableKind.T2) && (k.contains(T2_RELATION) || T2_ANCHORS.contains(k))) {
                starts.put(TableKind.T2, i);
            } else if (!starts.containsKey(TableKind.T3) && isReviewHeader(tokens, i)) {
                starts.put(TableKind.T3, i);
            }
        }
        List<Region> regions = new ArrayList<>();
        for (Map.Entry<TableKind, Integer> e : starts.entrySet()) {
            int from = e.getValue();
            int to = tokens.size();
            for (int other : starts.values()) {
                if (other > from && other < to) {
                    to = other;
                }
            }
            regions.add(new Region(e.getKey(), from, to, to == tokens.size()));
        }
        return regions;
    }

    private static Set<String> outcomeHeaders(TemplateCatalog template) {
        ColumnSpec upheld = template.outcomeColumns().get(0);
        Set<String> keys = new java.util.HashSet<>();
        keys.add(LabelKey.of(upheld.label()));
        upheld.variants().forEach(v -> keys.add(LabelKey.of(v)));
        return Set.copyOf(keys);
    }

    private boolean isReviewHeader(List<Token> tokens, int i) {
        String k = tokens.get(i).key();
        if (!k.startsWith(T3_REVIEW) || k.length() > MAX_T3_HEADER_LENGTH) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < tokens.size() && seen < T3_LOOKAHEAD; j++) {
            Token t = tokens.get(j);
            if (t.empty()) {
                continue; // merged header cells ("| 行政复议 | | | | | 行政诉讼 |")
            }
            if (t.key().startsWith(T3_LITIGATION)) {
                return true;
            }
            if (seen == 0 && outcomeHeaders.contains(t.key())) {
                return true; // table 3 printed as blocks: "行政复议" over its own 结果维持 … 总计 and five values
            }
            seen++;
        }
        return false;
    }
}
