package org.nianbao.audit.model;

/** Statements in the narrative that can be checked against the tables. */
public enum ClaimKind {
    /** "未收到…申请" — no applications received. */
    NO_APPLICATIONS,
    /** "收到…申请N件" / "受理…N件" — applications received (value = N). */
    APPLICATIONS_RECEIVED,
    /** "办结N件" / "答复N件" — applications handled (value = N). */
    APPLICATIONS_CLOSED,
    /** "结转下年度N件" / "顺延…N件" (value = N). */
    CARRIED_OVER,
    /** "全部办结" / "均已办结". */
    ALL_CLOSED,
    /** "未发生…行政复议、行政诉讼" / "无…行政复议…诉讼". */
    NO_REVIEW_OR_LITIGATION,
    /** "行政复议N件" (value = N). */
    REVIEW_COUNT,
    /** "行政诉讼N件" (value = N). */
    LITIGATION_COUNT,
    /** "均获维持" / "均被维持". */
    ALL_UPHELD,
    /** "未收取任何费用" / "无收费" — no fees of any kind. */
    NO_FEES_AT_ALL,
    /** "未收取信息处理费" / "不存在收取信息处理费" — states the 信息处理费 position as zero. */
    NO_PROCESSING_FEE,
    /** "收取信息处理费N元" — a 信息处理费 was collected (value in 元 when given). */
    PROCESSING_FEE_COLLECTED,
    /** A year written in the body ("2022年"), value = the year. */
    YEAR_MENTION
}
