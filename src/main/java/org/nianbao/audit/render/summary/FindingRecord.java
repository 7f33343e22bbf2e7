package org.nianbao.audit.render.summary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A finding as read back from the batch's spool file (the per-report JSON finding fields). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FindingRecord(String rule, String category, String severity, String origin, String title,
                            String message, String basis, String evidence, int line, Integer section,
                            String table, String row, String column, String reported, String expected,
                            List<String> cells) {
    public FindingRecord {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }
}
