package org.nianbao.audit.model.template;

/** What a template column holds. */
public enum ValueKind {
    /** A non-negative integer count. */
    COUNT,
    /** A signed integer change (2019 本年增/减). */
    SIGNED_COUNT,
    /** A non-negative amount in 万元 (2021 本年收费金额). */
    AMOUNT_WAN,
    /** A non-negative amount without a unit in the header (2019 采购总金额). */
    AMOUNT
}
