package org.nianbao.audit.render;

import java.util.Map;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;

/** Every Chinese label the outputs show, in one place. */
public final class RenderMessages {
    private static final Map<Severity, String> SEVERITY = Map.of(
            Severity.CRITICAL, "严重", Severity.ERROR, "错误", Severity.WARNING, "警告", Severity.INFO, "提示");
    private static final Map<Category, String> CATEGORY = Map.ofEntries(
            Map.entry(Category.METADATA, "基本信息"), Map.entry(Category.TIMELINESS, "发布时限"),
            Map.entry(Category.STRUCTURE, "结构"), Map.entry(Category.TABLE, "统计表格"),
            Map.entry(Category.ARITHMETIC, "勾稽关系"), Map.entry(Category.CONSISTENCY, "前后一致"),
            Map.entry(Category.FEE, "收费"), Map.entry(Category.CONTENT, "内容"),
            Map.entry(Category.CONTAMINATION, "页面污染"), Map.entry(Category.INPUT, "输入文件"));
    private static final String[] SECTIONS = {"标题及页面信息", "一、总体情况", "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};

    public static final String DOCUMENT_TITLE = "政府信息公开工作年度报告审核意见";
    public static final String INDEX_TITLE = "政府信息公开工作年度报告批量审核总览";
    public static final String WHOLE_REPORT = "全文";
    public static final String EXTRACTION_MARK = "提取问题（不计入评分）";
    public static final String NOT_ASSESSABLE = "不可评估";
    public static final String UNKNOWN = "未识别";
    public static final String NO_FINDINGS = "未发现问题。";
    public static final String LABEL_AGENCY = "机关";
    public static final String LABEL_YEAR = "年度";
    public static final String LABEL_TEMPLATE = "表格格式";
    public static final String LABEL_PUBLISHED = "发布日期";
    public static final String LABEL_SOURCE = "文件";
    public static final String LABEL_SCORE = "得分";
    public static final String LABEL_GRADE = "等级";
    public static final String LABEL_REASON = "评定理由";
    public static final String LABEL_STATUS = "状态";
    public static final String LABEL_MESSAGE = "问题";
    public static final String LABEL_BASIS = "依据";
    public static final String LABEL_EVIDENCE = "原文";
    public static final String LABEL_LINE = "行";
    public static final String LABEL_REPORTED = "报告填报";
    public static final String LABEL_EXPECTED = "计算结果";
    public static final String LABEL_CELLS = "参与计算的单元格";
    public static final String LABEL_RULE = "规则";
    public static final String LABEL_TITLE = "标题";
    public static final String LABEL_SEVERITY = "严重程度";
    public static final String LABEL_CATEGORY = "类别";
    public static final String LABEL_ORIGIN = "来源";
    public static final String LABEL_SECTION = "部分";
    public static final String LABEL_TABLE = "表格";
    public static final String LABEL_ROW = "行项目";
    public static final String LABEL_COLUMN = "列";
    public static final String LABEL_COUNT = "次数";
    public static final String LABEL_REPORTS = "报告数";
    public static final String LABEL_DETAIL = "查看";
    public static final String HEADING_DISTRIBUTION = "等级分布";
    public static final String HEADING_AGENCIES = "各机关审核结果";
    public static final String HEADING_TOP_RULES = "最常见问题";
    public static final String HEADING_NOT_ASSESSABLE = "不可评估的文件";
    public static final String SORT_HINT = "点击表头排序";
    public static final String ORIGIN_REPORT = "报告问题";
    public static final String ORIGIN_EXTRACTION = "提取问题";
    public static final String STATUS_GRADED = "已评定";
    public static final String LABEL_FILE = "输出文件";
    public static final String SHEET_REPORTS = "报告";
    public static final String SHEET_FINDINGS = "问题明细";
    public static final String SHEET_FULL = "问题条数超过Excel工作表行数上限，其余问题见各报告的JSON文件或 summary.sarif";

    private RenderMessages() {
    }

    public static String severity(Severity s) {
        return SEVERITY.get(s);
    }

    public static String category(Category c) {
        return CATEGORY.get(c);
    }

    /** Heading for a finding's section: 0 = preface, null = the whole report. */
    public static String section(Integer number) {
        if (number == null || number < 0 || number >= SECTIONS.length) {
            return WHOLE_REPORT;
        }
        return SECTIONS[number];
    }

    public static String grade(String grade) {
        return grade == null ? NOT_ASSESSABLE : grade;
    }

    public static String status(String statusId) {
        return "graded".equals(statusId) ? STATUS_GRADED : NOT_ASSESSABLE;
    }

    public static String origin(String originId) {
        return "extraction".equals(originId) ? ORIGIN_EXTRACTION : ORIGIN_REPORT;
    }

    public static String line(int line) {
        return line > 0 ? "第" + line + "行" : "";
    }

    /**
     * Where a finding's evidence sits, in the terms of the submitted file: "第3页第12行" for a PDF, "第2个表格第5行第3列"
     * for a table of a web page or Word file, "第14段" for their text, "第10行第120列" inside a long line of text;
     * the linear line when the file gives nothing better.
     */
    public static String location(int line, SourceSpan span) {
        if (span == null || !span.known()) {
            return line(line);
        }
        StringBuilder s = new StringBuilder();
        if (span.page() > 0) {
            s.append("第").append(span.page()).append("页");
        }
        if (span.table() > 0) {
            s.append("第").append(span.table()).append("个表格");
            if (span.row() > 0) {
                s.append("第").append(span.row()).append("行");
            }
            if (span.col() > 0) {
                s.append("第").append(span.col()).append("列");
            }
        } else if (span.paragraph() > 0) {
            s.append("第").append(span.paragraph()).append("段");
        } else if (span.lineOnPage() > 0) {
            s.append("第").append(span.lineOnPage()).append("行");
        } else if (span.line() > 0) {
            s.append("第").append(span.line()).append("行");
            if (span.column() > 0) {
                s.append("第").append(span.column()).append("列");
            }
        }
        return s.isEmpty() ? line(line) : s.toString();
    }

    public static String countsLine(int total, int critical, int error, int warning, int info) {
        return "共" + total + "项：严重" + critical + "、错误" + error + "、警告" + warning + "、提示" + info;
    }

    /** A rule's legal basis as a sentence (SARIF help); null when the rule names none. */
    public static String basis(String basis) {
        return basis == null || basis.isBlank() ? null : LABEL_BASIS + "：" + basis;
    }

    /** A rule's full description: its title and, when it names one, its legal basis. */
    public static String ruleDescription(String title, String basis) {
        return basis == null || basis.isBlank() ? title : title + "（" + LABEL_BASIS + "：" + basis + "）";
    }

    public static String generatedBy(String version) {
        return "由 nianbao-audit " + version + " 生成";
    }
}
