package org.nianbao.audit.engine.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.engine.RuleFault;
import org.nianbao.audit.model.finding.Finding;

/**
 * Whether the executable model judged a case exactly as the classic engine did: the same findings (every
 * field, in the written order) and the same rule fault. Some DRL constructs give silently different
 * results in the executable model (drools-10-notes E3, E4); this comparison is what catches them.
 */
public final class EngineAgreement {
    private EngineAgreement() {
    }

    /**
     * Empty when both results are equal; else one line naming the case and the first difference.
     * A null result stands for a pipeline that threw on the case.
     */
    public static Optional<String> compare(RuleCase c, EngineResult classic, EngineResult executable) {
        if (classic == null || executable == null) {
            return classic == executable ? Optional.empty()
                    : Optional.of(CaseMessages.enginesDiffer(c, classic == null ? CaseMessages.CRASHED : "…",
                            executable == null ? CaseMessages.CRASHED : "…"));
        }
        if (!Objects.equals(describe(classic.fault()), describe(executable.fault()))) {
            return Optional.of(CaseMessages.enginesDiffer(c, describe(classic.fault()), describe(executable.fault())));
        }
        List<Finding> a = sorted(classic.findings());
        List<Finding> b = sorted(executable.findings());
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Finding x = i < a.size() ? a.get(i) : null;
            Finding y = i < b.size() ? b.get(i) : null;
            if (!Objects.equals(x, y)) {
                return Optional.of(CaseMessages.enginesDiffer(c, describe(x), describe(y)));
            }
        }
        return Optional.empty();
    }

    /** The written order, then every field shown, so equal findings in another firing order still pair up. */
    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Finding.ORDER.thenComparing(EngineAgreement::describe));
        return copy;
    }

    private static String describe(Finding f) {
        return f == null ? CaseMessages.NOTHING
                : f.getRule() + "@" + f.getLine() + " " + f.getMessage() + " [" + f.getEvidence() + "]"
                        + (f.getReported() == null ? "" : " reported=" + f.getReported())
                        + (f.getExpected() == null ? "" : " expected=" + f.getExpected());
    }

    private static String describe(RuleFault fault) {
        return fault == null ? CaseMessages.NOTHING : fault.rule() + ": " + fault.message();
    }
}
