package org.nianbao.audit.render.summary;

import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;

/**
 * One rule of the rule book that was run, as the batch outputs describe it (whether it fired or not).
 * The render stage gets these from the caller, so it never needs to know the engine. {@code file} and
 * {@code line} say where the rule is written (for rule authors); null and 0 when unknown.
 */
public record RuleDescription(String id, String title, String severity, String category, String basis,
                              String file, int line) {
    public RuleDescription(String id, String title, String severity, String category, String basis) {
        this(id, title, severity, category, basis, null, 0);
    }

    public static RuleDescription of(String id, String title, Severity severity, Category category, String basis) {
        return new RuleDescription(id, title, severity == null ? null : severity.id(),
                category == null ? null : category.id(), basis);
    }

    /** The same rule, written at {@code file}:{@code line}. */
    public RuleDescription at(String where, int atLine) {
        return new RuleDescription(id, title, severity, category, basis, where, atLine);
    }

    /** "rules/arithmetic/table2.drl:15", or "" when unknown. */
    public String location() {
        return file == null ? "" : line > 0 ? file + ":" + line : file;
    }

    /** A rule that fired but is not in the catalogue handed in, described by what its findings carry. */
    static RuleDescription of(RuleTally.Entry fired) {
        return new RuleDescription(fired.rule(), fired.title(), fired.severity(), fired.category(), fired.basis());
    }
}
