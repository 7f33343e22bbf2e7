package org.nianbao.audit.grade;

import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.model.AnnualReport;

/** Turns findings into a score, a grade and its one-line reason. OWNER: engine helper — replace this stub. */
public final class Grader {
    public Grader(GradingPolicy policy) {
    }

    public Audit grade(AnnualReport report, EngineResult result) {
        throw new UnsupportedOperationException("Grader not implemented yet");
    }
}
