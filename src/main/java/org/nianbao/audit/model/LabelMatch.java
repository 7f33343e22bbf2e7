package org.nianbao.audit.model;

/** How a printed label was matched to the template's canonical label. */
public enum LabelMatch {
    /** Equal after normalisation (width, spaces, brackets, quotes). */
    EXACT,
    /** A known variant, e.g. 合计 for 总计, 本年发件 for 本年制发件数. */
    VARIANT,
    /** Matched by edit distance only: the parser guessed. */
    FUZZY
}
