package org.nianbao.audit.grade;

/** The grading policy file is missing or invalid; the message names the file and the key. */
public final class GradingPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GradingPolicyException(String message) {
        super(message);
    }
}
