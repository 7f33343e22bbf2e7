package org.nianbao.audit.model;

/** What a table cell holds, as printed. */
public enum CellKind {
    /** A number (integer count, decimal 万元, signed 本年增/减). */
    NUMBER,
    /** Present but empty. Blank is not zero. */
    BLANK,
    /** A not-applicable placeholder: "/", "—", "无", "不适用". */
    NA,
    /** Any other text where a number belongs. */
    TEXT
}
