package org.nianbao.audit.render;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The output formats {@code --format} chooses among, by name (PMD-renderer style). */
public enum OutputFormat {
    /** Per-report NAME.json and summary.json. */
    JSON,
    /** Per-report NAME.html and index.html. */
    HTML,
    /** Per-report NAME.md (on request). */
    MD,
    /** summary.csv. */
    CSV,
    /** summary.xlsx. */
    XLSX,
    /** summary.sarif (on request). */
    SARIF;

    public static final Set<OutputFormat> DEFAULTS = EnumSet.of(JSON, HTML, CSV, XLSX);

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code id}; null when there is none of that name. */
    public static OutputFormat fromId(String id) {
        for (OutputFormat f : values()) {
            if (f.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /** True for the formats written once per report (the others are batch summaries). */
    public boolean perReport() {
        return this == JSON || this == HTML || this == MD;
    }
}
