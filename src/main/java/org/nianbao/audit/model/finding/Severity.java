package org.nianbao.audit.model.finding;

import java.util.Locale;

/** Finding severities, most severe first (the order findings are counted and shown in). */
public enum Severity {
    CRITICAL, ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a rule's {@code @severity} value; null when it is not one of the allowed ids. */
    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** True when this severity is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
