package org.nianbao.audit.model;

/** How a heading is numbered, as found. */
public enum NumberingStyle {
    /** 一、 (the template's style). */
    CHINESE,
    /** （一） or (一). */
    CHINESE_PAREN,
    /** 3、 or 3. */
    ARABIC,
    /** A heading recognised by its title alone. */
    NONE
}
