package org.nianbao.audit.parse.table.digits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nianbao.audit.model.TableKind;

/**
 * Numbers the report's narrative states for single table cells ("现行有效行政规范性文件546件" → table 1, 行政规范性文件,
 * 现行有效件数 = 546). Used only as tie-breakers: when the table's own arithmetic leaves several readings of a glued
 * run, a reading the narrative confirms may be chosen; a hint never overrides a reading, and one that agrees with
 * no reading is ignored.
 */
public final class NarrativeHints {
    private static final NarrativeHints NONE = new NarrativeHints(List.of());

    /**
     * @param quote the narrative clause as printed, quoted in the reconstruction's evidence
     * @param line  its line in the document, 0 when unknown
     */
    public record Hint(TableKind table, String rowKey, String columnKey, BigDecimal value, String quote, int line) {
        public Hint {
            Objects.requireNonNull(table);
            Objects.requireNonNull(rowKey);
            Objects.requireNonNull(columnKey);
            Objects.requireNonNull(value);
            quote = quote == null ? "" : quote;
        }
    }

    private final List<Hint> hints;

    private NarrativeHints(List<Hint> hints) {
        this.hints = List.copyOf(hints);
    }

    public static NarrativeHints none() {
        return NONE;
    }

    public static NarrativeHints of(List<Hint> hints) {
        return hints.isEmpty() ? NONE : new NarrativeHints(hints);
    }

    public List<Hint> all() {
        return hints;
    }

    /** The hints about one table, in the order found. */
    public List<Hint> forTable(TableKind table) {
        List<Hint> out = new ArrayList<>();
        for (Hint h : hints) {
            if (h.table() == table) {
                out.add(h);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return hints.isEmpty();
    }
}
