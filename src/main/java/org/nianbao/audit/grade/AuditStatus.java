package org.nianbao.audit.grade;

/** Whether a report could be graded. */
public enum AuditStatus {
    GRADED("graded"),
    /** Input problem, unreadable key tables or a rule fault: no grade is given, never a silent pass. */
    NOT_ASSESSABLE("not-assessable");

    private final String id;

    AuditStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
