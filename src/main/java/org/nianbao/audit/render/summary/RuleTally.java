package org.nianbao.audit.render.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each rule fired across the batch (findings and distinct reports) and its metadata as the
 * findings carry it. Thread-safe; memory is per rule, not per report.
 */
public final class RuleTally {
    /** One rule's totals. */
    public record Entry(String rule, String title, String severity, String category, String basis,
                        int findings, int reports) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    public synchronized void add(List<FindingRecord> findings) {
        Map<String, Integer> perRule = new HashMap<>();
        Map<String, FindingRecord> sample = new HashMap<>();
        for (FindingRecord f : findings) {
            perRule.merge(f.rule(), 1, Integer::sum);
            sample.putIfAbsent(f.rule(), f);
        }
        perRule.forEach((rule, n) -> {
            FindingRecord f = sample.get(rule);
            entries.merge(rule, new Entry(rule, f.title(), f.severity(), f.category(), f.basis(), n, 1),
                    (a, b) -> new Entry(a.rule(), a.title(), a.severity(), a.category(), a.basis(),
                            a.findings() + b.findings(), a.reports() + b.reports()));
        });
    }

    /** Most frequent first (by reports, then findings), ties by rule id: a stable order. */
    public synchronized List<Entry> byFrequency() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparingInt(Entry::reports).reversed()
                .thenComparing(Comparator.comparingInt(Entry::findings).reversed())
                .thenComparing(Entry::rule));
        return list;
    }

    /** Sorted by rule id. */
    public synchronized List<Entry> byRule() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparing(Entry::rule));
        return list;
    }
}
