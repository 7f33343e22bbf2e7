package org.nianbao.audit.history;

/** How sure it is that two names denote one agency. */
public enum AgencyMatch {
    /** One identity key: the same name, or names the alias file makes the same. */
    SAME,
    /** Alike but not stated to be one (a place prefix more, 实验区 for 区, one character apart): shown, never merged. */
    POSSIBLE,
    DIFFERENT
}
