package org.nianbao.audit.parse;

import java.util.List;
import java.util.Locale;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.parse.section.ReportSequence;

/** Every user-facing (Chinese) text of the document-level parser, built in one place. */
final class ParseMessages {
    private static final int SHOWN_REPORTS = 3;
    private static final int SHOWN_TITLE = 40;

    private ParseMessages() {
    }

    /** The file holds more than one report: none is graded, and the message names where each begins. */
    static ParseProblem severalReports(List<ReportSequence.Start> starts) {
        StringBuilder which = new StringBuilder();
        for (int i = 0; i < Math.min(starts.size(), SHOWN_REPORTS); i++) {
            ReportSequence.Start s = starts.get(i);
            which.append(i == 0 ? "" : "、").append("第").append(s.line()).append("行“").append(shortened(s.title())).append('”');
        }
        if (starts.size() > SHOWN_REPORTS) {
            which.append("等");
        }
        ReportSequence.Start second = starts.get(1);
        return ParseProblem.of(ProblemCode.SEVERAL_REPORTS, String.format(Locale.ROOT,
                "文件包含多份报告（共 %d 份：%s），每份报告应单独成文件；请拆分后重新提交", starts.size(), which),
                second.line(), second.title());
    }

    private static String shortened(String title) {
        return title.length() <= SHOWN_TITLE ? title : title.substring(0, SHOWN_TITLE) + "…";
    }

    static ParseProblem notAReport(int sections) {
        return ParseProblem.of(ProblemCode.NOT_A_REPORT, String.format(Locale.ROOT,
                "不是政府信息公开工作年度报告：未找到“…政府信息公开工作年度报告”标题，六部分标题只找到 %d 个，也没有统计表格",
                sections), 0, "");
    }

    /** A report's title over no report: a page whose body is only its title (the report sits in an attachment or image). */
    static ParseProblem titleOnly(int sections, int line, String title) {
        return ParseProblem.of(ProblemCode.NOT_A_REPORT, String.format(Locale.ROOT,
                "只有标题“%s”，没有报告正文：六部分标题只找到 %d 个，也没有统计表格（正文可能只在附件或图片中，或未能抓取）",
                shortened(title), sections), line, title);
    }

    /** @param firstYear the earliest year in scope (rules/formats.properties) */
    static ParseProblem unsupportedYear(int year, int firstYear, int line, String title) {
        return ParseProblem.of(ProblemCode.UNSUPPORTED_YEAR, String.format(Locale.ROOT,
                "报告年度为 %d 年，早于评估范围的起始年度 %d 年（规则文件夹 formats.properties 的 scope.from）",
                year, firstYear), line, title);
    }

    static ParseProblem yearUnknown(int line, String title) {
        return ParseProblem.of(ProblemCode.YEAR_UNKNOWN, title == null
                ? "未能确定报告年度：没有找到报告标题，正文也没有说明统计期限"
                : "未能确定报告年度：标题中没有四位数年份", line, title);
    }

    private static final String[] SECTION_TITLES = {"", "一、总体情况", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项"};

    static ParseProblem sectionMissing(int number) {
        return ParseProblem.inSection(ProblemCode.SECTION_MISSING,
                "未找到第" + "一二三四五六".charAt(number - 1) + "部分“" + SECTION_TITLES[number] + "”的标题", 0, "", number);
    }

    static ParseProblem sectionUnread(int number, int line, String excerpt) {
        return ParseProblem.inSection(ProblemCode.SECTION_UNREAD,
                "第" + "一二三四五六".charAt(number - 1) + "部分的标题印在第" + line + "行的文字中间（“" + excerpt
                        + "…”），未能作为标题读出，该部分的范围无法确定", line, excerpt, number);
    }

    static ParseProblem agencyUnknown(int line, String title) {
        return ParseProblem.of(ProblemCode.AGENCY_UNKNOWN, title == null
                ? "未能确定发布机关：没有找到报告标题"
                : "未能确定发布机关：标题中年份前没有机关名称", line, title);
    }
}
