package org.nianbao.audit.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.finding.Finding;

/**
 * One defect at one spot is one finding. Rules whose DRL metadata names the same {@code @mergeGroup}
 * describe the same defect from different angles (spam text found, and spam text standing where the
 * site name belongs); when they fire on the same quote at the same place, the most severe finding (then
 * the lowest rule id) stays and carries the others as {@link Finding#getMerged()}, so the report shows
 * both reasons and the score counts the spot once. Which rules may merge is data (the metadata), never
 * a list of rule ids here. Findings of one rule repeated at one spot merge the same way.
 */
public final class FindingMerger {
    private static final Comparator<Finding> PRIMARY_FIRST = Comparator
            .comparing(Finding::getSeverity)
            .thenComparing(Finding::getRule)
            .thenComparing(Finding::getMessage);

    private FindingMerger() {
    }

    /** The findings with every mergeable group collapsed into one; order otherwise as given. */
    public static List<Finding> merge(List<Finding> findings) {
        if (findings.stream().noneMatch(f -> f.getMergeGroup() != null)) {
            return findings;
        }
        Map<Spot, List<Finding>> bySpot = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.getMergeGroup() == null) {
                order.add(f);
                continue;
            }
            Spot spot = Spot.of(f);
            List<Finding> group = bySpot.get(spot);
            if (group == null) {
                group = new ArrayList<>();
                bySpot.put(spot, group);
                order.add(spot);
            }
            group.add(f);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Object o : order) {
            out.add(o instanceof Finding f ? f : collapse(bySpot.get((Spot) o)));
        }
        return out;
    }

    private static Finding collapse(List<Finding> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        List<Finding> sorted = new ArrayList<>(group);
        sorted.sort(PRIMARY_FIRST);
        Finding primary = sorted.get(0);
        List<Finding> others = new ArrayList<>(primary.getMerged());
        for (Finding f : sorted.subList(1, sorted.size())) {
            others.add(f.toBuilder().merged(List.of()).build());
            others.addAll(f.getMerged());
        }
        others.sort(Comparator.comparing(Finding::getRule).thenComparing(Finding::getMessage));
        return primary.toBuilder().merged(others).build();
    }

    /** The same defect: same merge group, origin, line, quote and place in the file. */
    private record Spot(String group, Origin origin, int line, String evidence, SourceSpan span, String table,
                        String row, String column) {
        static Spot of(Finding f) {
            return new Spot(f.getMergeGroup(), f.getOrigin(), f.getLine(), f.getEvidence(), f.getSpan(),
                    f.getTable(), f.getRow(), f.getColumn());
        }
    }
}
