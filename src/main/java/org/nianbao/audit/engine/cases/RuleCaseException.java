package org.nianbao.audit.engine.cases;

/** The case layout is broken (unreadable folder, malformed sidecar line): names the file and line. */
public final class RuleCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleCaseException(String message) {
        super(message);
    }

    public RuleCaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
