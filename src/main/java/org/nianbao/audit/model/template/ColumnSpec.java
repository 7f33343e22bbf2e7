package org.nianbao.audit.model.template;

import java.util.List;

/** A template column: canonical key, exact label, known printed variants. */
public record ColumnSpec(String key, String label, ValueKind valueKind, List<String> variants) {
    public ColumnSpec {
        variants = List.copyOf(variants);
    }

    public static ColumnSpec of(String key, String label, ValueKind kind, String... variants) {
        return new ColumnSpec(key, label, kind, List.of(variants));
    }
}
