package org.nianbao.audit.model;

/** How an enumeration's ordinals break their sequence. */
public enum EnumerationFault {
    /** An ordinal comes again or goes back: "三是…三是", "一是…一是", "三是…二是". */
    REPEATED,
    /** Ordinals are left out: "（二）…（五）". */
    SKIPPED
}
