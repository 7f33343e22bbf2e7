package org.nianbao.audit.model.finding;

import java.util.Locale;

/** The check families a rule's {@code @category} may name. */
public enum Category {
    METADATA, TIMELINESS, STRUCTURE, TABLE, ARITHMETIC, CONSISTENCY, FEE, CONTENT, CONTAMINATION, INPUT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a rule's {@code @category} value; null when it is not one of the allowed ids. */
    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
