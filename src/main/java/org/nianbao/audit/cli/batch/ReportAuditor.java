package org.nianbao.audit.cli.batch;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.render.summary.RuleDescription;
import org.nianbao.audit.render.summary.RulesIdentity;

/** The whole pipeline for one file, behind one call so the batch can be tested without Drools. Thread-safe. */
@FunctionalInterface
public interface ReportAuditor {
    /** @param source the name shown in outputs (the path as given) */
    Audit audit(Path file, String source);

    /** Every rule this auditor runs, sorted by id, fired or not (the batch outputs describe them all). */
    default List<RuleDescription> rules() {
        return List.of();
    }

    /** Whether the rules were loaded precompiled (the kjar the build packed into the jar) rather than compiled at start. */
    default boolean rulesPrecompiled() {
        return false;
    }

    /** Which rules these are (location, digest, bundled or not), for the outputs' run context. */
    default RulesIdentity rulesIdentity() {
        return RulesIdentity.UNKNOWN;
    }

    /** The grading policy the rule catalogue explains; null when unknown. */
    default GradingPolicy gradingPolicy() {
        return null;
    }
}
