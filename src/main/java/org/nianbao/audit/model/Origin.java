package org.nianbao.audit.model;

/** Whose problem a finding or parse problem is. */
public enum Origin {
    /** The agency's document is wrong or incomplete. */
    REPORT,
    /** The engine could not read this part reliably (conversion artefact, glued digits, guessed cell). */
    EXTRACTION,
    /** The input is not an assessable report at all (empty, binary, not a report, out of scope). */
    INPUT;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
