package org.nianbao.audit.cli.rules;

import java.util.Comparator;
import org.nianbao.audit.engine.RuleDiagnostic;

/** One line of {@code rules check}: an error (exit 3) or a warning (reported, exit 0) at a place in a DRL file. */
public record Problem(Level level, RuleDiagnostic diagnostic) {
    public enum Level { ERROR, WARNING }

    /** By file, line, column, then errors before warnings and by text: the order is the output's. */
    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.diagnostic().file())
            .thenComparingInt(p -> p.diagnostic().line())
            .thenComparingInt(p -> p.diagnostic().column())
            .thenComparing(Problem::level)
            .thenComparing(p -> p.diagnostic().message());

    public static Problem error(RuleDiagnostic d) {
        return new Problem(Level.ERROR, d);
    }

    public static Problem warning(RuleDiagnostic d) {
        return new Problem(Level.WARNING, d);
    }
}
