package org.nianbao.audit.engine.cases;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * One rule test case written by a rule author: an input report (or fragment) under
 * {@code fixtures/rules/<RULE-ID>/fires|passes/<name>.txt}, plus the optional extra expectations of its
 * {@code <name>.expect} sidecar.
 *
 * @param ruleId     the rule the case folder is named after
 * @param kind       whether that rule must fire or must stay silent
 * @param file       the input file
 * @param alsoFires  further rule ids that must fire ({@code fires:} lines of the sidecar)
 * @param mustNotFire rule ids that must not fire ({@code not:} lines of the sidecar)
 */
public record RuleCase(String ruleId, CaseKind kind, Path file, Set<String> alsoFires, Set<String> mustNotFire) {
    /** A folder {@code <name>.history/} beside a case holds the reports it is audited together with. */
    public static final String HISTORY_SUFFIX = ".history";

    public RuleCase {
        alsoFires = Set.copyOf(alsoFires);
        mustNotFire = Set.copyOf(mustNotFire);
    }

    /** "fires/000-norm.txt": how the case is named in results. */
    public String name() {
        return kind.folder() + "/" + file.getFileName();
    }

    /** Every rule id that must fire, sorted: the case's own rule for a fires case, plus the sidecar's. */
    public Set<String> expectedToFire() {
        Set<String> all = new TreeSet<>(alsoFires);
        if (kind == CaseKind.FIRES) {
            all.add(ruleId);
        }
        return all;
    }

    /** Every rule id that must stay silent, sorted: the case's own rule for a passes case, plus the sidecar's. */
    public Set<String> expectedSilent() {
        Set<String> all = new TreeSet<>(mustNotFire);
        if (kind == CaseKind.PASSES) {
            all.add(ruleId);
        }
        return all;
    }

    /** The case's history folder ({@code <name>.history/} beside it); it may not exist. */
    public Path historyFolder() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + HISTORY_SUFFIX);
    }

    @Override
    public String toString() {
        return ruleId + " " + name();
    }
}
