package org.nianbao.audit.grade;

import org.nianbao.audit.engine.RulesSource;

/**
 * Weights and grade bands, read from {@code grading.properties} in the rules folder (not Java constants).
 * OWNER: engine helper — replace this stub.
 */
public final class GradingPolicy {
    public static GradingPolicy load(RulesSource source) {
        throw new UnsupportedOperationException("GradingPolicy not implemented yet");
    }
}
