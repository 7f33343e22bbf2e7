package org.nianbao.audit.render.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.render.RenderMessages;

/** The grade distribution as inline-SVG bars (A–D, then 不可评估), sized in whole pixels for stable bytes. */
final class GradeChart {
    private static final int HEIGHT = 80;
    /** Room above the tallest bar for its count label. */
    private static final int TOP = 20;
    private static final int BAR_WIDTH = 60;
    private static final int BAR_GAP = 30;
    private static final List<String> FILLS = List.of("#1a7f37", "#0969da", "#bf8700", "#cf222e");
    private static final String NA_FILL = "#6e7781";

    private GradeChart() {
    }

    static Map<String, Object> of(GradeCounts grades) {
        List<String> labels = new ArrayList<>(GradeCounts.GRADES);
        labels.add(RenderMessages.NOT_ASSESSABLE);
        int max = Math.max(1, grades.notAssessable());
        for (String g : GradeCounts.GRADES) {
            max = Math.max(max, grades.count(g));
        }
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            boolean na = i == GradeCounts.GRADES.size();
            int count = na ? grades.notAssessable() : grades.count(labels.get(i));
            int h = Math.round((float) count * HEIGHT / max);
            int x = BAR_GAP + i * (BAR_WIDTH + BAR_GAP);
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("label", labels.get(i));
            b.put("count", count);
            b.put("x", x);
            b.put("cx", x + BAR_WIDTH / 2);
            b.put("y", TOP + HEIGHT - h);
            b.put("ty", TOP - 5 + HEIGHT - h);
            b.put("height", h);
            b.put("width", BAR_WIDTH);
            b.put("labelY", TOP + HEIGHT + 20);
            b.put("fill", na ? NA_FILL : FILLS.get(i));
            bars.add(b);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("bars", bars);
        chart.put("width", (BAR_WIDTH + BAR_GAP) * labels.size() + BAR_GAP);
        chart.put("height", HEIGHT + TOP + 30);
        return chart;
    }
}
