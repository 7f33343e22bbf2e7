package org.nianbao.audit.model;

/** Publisher kind: deadlines (条例 art. 49) and required content (art. 50(四)) differ by kind. */
public enum AgencyKind {
    /** 县级以上人民政府 — publishes by 3月31日, must report 工作考核、社会评议和责任追究. */
    PEOPLES_GOVERNMENT,
    /** 县级以上人民政府部门, including 人民政府办公室/办公厅 — publishes by 1月31日. */
    DEPARTMENT,
    /** 乡镇人民政府 / 街道办事处 — no national deadline. */
    TOWNSHIP,
    /** 授权组织, 开发区管委会 and anything not recognised. */
    OTHER
}
