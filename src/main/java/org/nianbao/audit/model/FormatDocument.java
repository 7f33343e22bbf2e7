package org.nianbao.audit.model;

/** A format document a report cites. */
public enum FormatDocument {
    /** 国办公开办函〔2021〕30号. */
    GB2021_30,
    /** 国办公开办函〔2019〕60号. */
    GB2019_60,
    /** A 国办公开办函 citation whose number cannot be read. */
    UNKNOWN
}
