package org.nianbao.audit.cli.rules;

import java.util.List;

/** What {@code rules check} found: problems in output order, and how many files and rules it read. */
public record CheckReport(int files, int rules, List<Problem> problems) {
    public CheckReport {
        problems = List.copyOf(problems);
    }

    public int errors() {
        return (int) problems.stream().filter(p -> p.level() == Problem.Level.ERROR).count();
    }

    public int warnings() {
        return problems.size() - errors();
    }

    public boolean clean() {
        return errors() == 0;
    }
}
