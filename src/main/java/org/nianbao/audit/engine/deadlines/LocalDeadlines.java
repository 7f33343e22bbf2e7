package org.nianbao.audit.engine.deadlines;

import java.util.List;
import java.util.Optional;
import org.nianbao.audit.engine.facts.LocalDeadline;

/**
 * The local deadlines of rules/deadlines.properties. For one report at most one applies: a deadline
 * limited to a place named in the agency name wins over the one for every place, and of two places
 * named the longer (more specific) one wins. Immutable and thread-safe.
 */
public final class LocalDeadlines {
    private static final LocalDeadlines NONE = new LocalDeadlines(List.of());

    private final List<LocalDeadline> deadlines;

    LocalDeadlines(List<LocalDeadline> deadlines) {
        this.deadlines = List.copyOf(deadlines);
    }

    /** No deadline configured (also what a rules folder without deadlines.properties has). */
    public static LocalDeadlines none() {
        return NONE;
    }

    public List<LocalDeadline> all() {
        return deadlines;
    }

    /**
     * @param agencyKind as {@code Report.agencyKind}, e.g. "TOWNSHIP"
     * @param agency     the agency name as printed, or null (then only a deadline for every place applies)
     */
    public Optional<LocalDeadline> applicableTo(String agencyKind, String agency) {
        LocalDeadline everywhere = null;
        LocalDeadline placed = null;
        for (LocalDeadline d : deadlines) {
            if (!d.getAgencyKind().equals(agencyKind)) {
                continue;
            }
            if (d.getRegion() == null) {
                everywhere = d;
            } else if (agency != null && agency.contains(d.getRegion())
                    && (placed == null || d.getRegion().length() > placed.getRegion().length())) {
                placed = d;
            }
        }
        return Optional.ofNullable(placed != null ? placed : everywhere);
    }
}
