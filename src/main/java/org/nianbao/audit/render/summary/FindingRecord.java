package org.nianbao.audit.render.summary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A finding as read back from the batch's spool file (the per-report JSON finding fields), including the
 * words that make its evidence stand on its own: where, the value labels, the cells by their labels, the
 * offending words and the rules merged into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FindingRecord(String rule, String category, String severity, String origin, String title,
                            String message, String basis, String evidence, int line, Integer section,
                            String table, String row, String column, String reported, String expected,
                            List<String> cells, String where, String reportedLabel, String expectedLabel,
                            List<String> cellLabels, List<String> highlights, List<AlsoRule> alsoRules) {
    public FindingRecord {
        cells = cells == null ? List.of() : List.copyOf(cells);
        cellLabels = cellLabels == null ? List.of() : List.copyOf(cellLabels);
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        alsoRules = alsoRules == null ? List.of() : List.copyOf(alsoRules);
    }

    /** A rule whose finding at the same spot was merged into this one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AlsoRule(String rule, String title, String severity, String message, String basis) {
    }
}
