package org.nianbao.audit.render.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

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

    /** Counts one report's findings. */
    public void add(List<Finding> findings) {
        Map<String, Integer> perRule = new HashMap<>();
        Map<String, Finding> sample = new HashMap<>();
        for (Finding f : findings) {
            perRule.merge(f.getRule(), 1, Integer::sum);
            sample.putIfAbsent(f.getRule(), f);
            // a merged spot is one finding, but each merged rule did fire there: the rule counts show it
            for (Finding m : f.getMerged()) {
                perRule.merge(m.getRule(), 1, Integer::sum);
                sample.putIfAbsent(m.getRule(), m);
            }
        }
        synchronized (this) {
            perRule.forEach((rule, n) -> merge(sample.get(rule), n));
        }
    }

    private void merge(Finding f, int n) {
        String rule = f.getRule();
        entries.merge(rule, new Entry(rule, f.getTitle(), f.getSeverity().id(), f.getCategory().id(), f.getBasis(), n, 1),
                    (a, b) -> new Entry(a.rule(), a.title(), a.severity(), a.category(), a.basis(),
                            a.findings() + b.findings(), a.reports() + b.reports()));
    }

    /** Most frequent first (by reports, then findings), ties by rule id: a stable order. */
    public synchronized List<Entry> byFrequency() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparingInt(Entry::reports).reversed()
                .thenComparing(Comparator.comparingInt(Entry::findings).reversed())
                .thenComparing(Entry::rule));
        return list;
    }

    /**
     * The order a clerk triages problems in: most severe first, then the rules that reached most reports,
     * then most findings, ties by rule id.
     */
    public synchronized List<Entry> bySeverityThenReach() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(SEVERITY_THEN_REACH);
        return list;
    }

    /** Severity (critical first; unknown last), then reports, then findings, then rule id. */
    public static final Comparator<Entry> SEVERITY_THEN_REACH = Comparator
            .comparingInt((Entry e) -> severityRank(e.severity()))
            .thenComparing(Comparator.comparingInt(Entry::reports).reversed())
            .thenComparing(Comparator.comparingInt(Entry::findings).reversed())
            .thenComparing(Entry::rule);

    static int severityRank(String severity) {
        Severity s = severity == null ? null : Severity.fromId(severity);
        return s == null ? Severity.values().length : s.ordinal();
    }

    /** Sorted by rule id. */
    public synchronized List<Entry> byRule() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparing(Entry::rule));
        return list;
    }
}
