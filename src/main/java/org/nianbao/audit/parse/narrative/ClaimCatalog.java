package org.nianbao.audit.parse.narrative;

import java.util.List;
import org.nianbao.audit.model.ClaimKind;

/**
 * The phrasings behind each ClaimKind (spec D6 and §i: 未收到…申请, 收到…申请N件, 办结/答复N件,
 * 结转/顺延N件, 未发生…复议…诉讼, 均获维持, 未收取任何费用, 不存在收取信息处理费 …).
 */
final class ClaimCatalog {
    /** Clauses about other business (人大建议, 网民留言 …) whose counts are not applications. */
    private static final String[] OTHER_BUSINESS = {"建议", "提案", "留言", "咨询", "来信", "信件", "热线", "复议", "诉讼"};
    private static final String[] NEGATION = {"未", "没有", "无", "不存在"};
    /** Clauses whose counts are a part of the closed applications, or the ones carried over. */
    private static final String[] CLOSED_ELSEWHERE = {"建议", "提案", "留言", "咨询", "来信", "信件", "热线", "复议", "诉讼",
            "其中", "转下", "结转", "顺延"};

    private ClaimCatalog() {
    }

    static List<ClaimMatcher> matchers() {
        return List.of(
                new NegatedPhraseMatcher(ClaimKind.NO_APPLICATIONS,
                        new String[] {"未收到", "没有收到", "未接到", "未接收到", "未受理", "未有"}, new String[] {"申请"},
                        OTHER_BUSINESS),
                new PhraseMatcher(ClaimKind.NO_APPLICATIONS, "无政府信息公开申请", "无依申请公开", "没有政府信息公开申请"),
                CountClaimMatcher.of(ClaimKind.APPLICATIONS_RECEIVED, "收到", "新收", "受理", "接收", "接到")
                        .vetoBefore("未", "没有", "尚未").requires("申请").forbids(OTHER_BUSINESS).build(),
                // the total closed, not one outcome ("同意公开答复9件", "其中公开答复1件") nor the carried-over ones
                CountClaimMatcher.of(ClaimKind.APPLICATIONS_CLOSED, "办结", "答复", "办理完毕")
                        .vetoBefore("未", "尚未", "同意公开", "予以公开", "部分公开", "不予公开", "区分处理后公开", "其中公开",
                                "无法提供", "不予处理", "其他处理")
                        .forbids(CLOSED_ELSEWHERE).build(),
                CountClaimMatcher.of(ClaimKind.CARRIED_OVER, "结转", "顺延", "转下一年度", "转入下一年度", "转下年度")
                        .vetoBefore("上年", "上一年", "上年度", "上一年度", "去年")
                        .vetoAfter("上年", "上一年", "去年", "自上").build(),
                new PhraseMatcher(ClaimKind.ALL_CLOSED, "全部办结", "均已办结", "均按时办结", "均已按时办结", "均已答复",
                        "全部答复", "全部予以答复"),
                new NoReviewOrLitigationMatcher(),
                CountClaimMatcher.of(ClaimKind.REVIEW_COUNT, "行政复议", "复议").negations(NEGATION).build(),
                CountClaimMatcher.of(ClaimKind.LITIGATION_COUNT, "行政诉讼", "诉讼", "起诉").negations(NEGATION).build(),
                new PhraseMatcher(ClaimKind.ALL_UPHELD, "均获维持", "均被维持", "全部维持", "均予维持", "均维持"),
                new NegatedPhraseMatcher(ClaimKind.NO_FEES_AT_ALL, new String[] {"未", "没有", "不", "无"},
                        new String[] {"任何费用", "收取费用"}, "信息处理费"),
                // "信息公开处理费" is how many reports name the 信息处理费 ("本年度无收取信息公开处理费")
                new NegatedPhraseMatcher(ClaimKind.NO_PROCESSING_FEE, new String[] {"未", "没有", "不存在", "无", "不"},
                        new String[] {"信息处理费", "信息公开处理费"}),
                new NegatedPhraseMatcher(ClaimKind.NO_PROCESSING_FEE, new String[] {"未发生", "没有发生", "不存在", "无", "没有"},
                        new String[] {"收费情形", "收费情况", "收费的情况", "收费的情形"}),
                CountClaimMatcher.of(ClaimKind.PROCESSING_FEE_COLLECTED, "信息处理费")
                        .negations(NEGATION).units(CountReader.YUAN).build(),
                new YearMentionMatcher());
    }
}
