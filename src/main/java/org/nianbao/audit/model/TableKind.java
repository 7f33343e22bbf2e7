package org.nianbao.audit.model;

/** The three statistical tables and the section each belongs to. */
public enum TableKind {
    /** 表一 主动公开政府信息情况 (section 二). */
    T1(2, "主动公开政府信息情况"),
    /** 表二 收到和处理政府信息公开申请情况 (section 三). */
    T2(3, "收到和处理政府信息公开申请情况"),
    /** 表三 政府信息公开行政复议、行政诉讼情况 (section 四). */
    T3(4, "政府信息公开行政复议、行政诉讼情况");

    private final int section;
    private final String title;

    TableKind(int section, String title) {
        this.section = section;
        this.title = title;
    }

    public int section() {
        return section;
    }

    public String title() {
        return title;
    }
}
