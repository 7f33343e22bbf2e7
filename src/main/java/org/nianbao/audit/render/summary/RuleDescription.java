package org.nianbao.audit.render.summary;

import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;

/**
 * One rule of the rule book that was run, as the batch outputs describe it (whether it fired or not).
 * The render stage gets these from the caller, so it never needs to know the engine.
 */
public record RuleDescription(String id, String title, String severity, String category, String basis) {
    public static RuleDescription of(String id, String title, Severity severity, Category category, String basis) {
        return new RuleDescription(id, title, severity == null ? null : severity.id(),
                category == null ? null : category.id(), basis);
    }

    /** A rule that fired but is not in the catalogue handed in, described by what its findings carry. */
    static RuleDescription of(RuleTally.Entry fired) {
        return new RuleDescription(fired.rule(), fired.title(), fired.severity(), fired.category(), fired.basis());
    }
}
