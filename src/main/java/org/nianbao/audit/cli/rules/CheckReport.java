package org.nianbao.audit.cli.rules;

import java.util.List;

/**
 * What {@code rules check} found: problems in output order, and how many files and rules it read. The
 * {@code cascade} are errors that likely follow from a syntax error among the problems: printed after
 * them, folded; they count as errors.
 */
public record CheckReport(int files, int rules, List<Problem> problems, List<Problem> cascade) {
    public CheckReport {
        problems = List.copyOf(problems);
        cascade = List.copyOf(cascade);
    }

    public CheckReport(int files, int rules, List<Problem> problems) {
        this(files, rules, problems, List.of());
    }

    public int errors() {
        return (int) problems.stream().filter(p -> p.level() == Problem.Level.ERROR).count() + cascade.size();
    }

    public int warnings() {
        return problems.size() + cascade.size() - errors();
    }

    public boolean clean() {
        return errors() == 0;
    }
}
