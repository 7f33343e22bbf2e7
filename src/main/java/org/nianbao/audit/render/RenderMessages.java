package org.nianbao.audit.render;

import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;

/** Every Chinese label the outputs show, in one place. */
public final class RenderMessages {
    private static final Map<Severity, String> SEVERITY = Map.of(
            Severity.CRITICAL, "严重", Severity.ERROR, "错误", Severity.WARNING, "警告", Severity.INFO, "提示");
    /** One wording for the check families everywhere: pages, spreadsheet, rule catalogue. */
    private static final Map<Category, String> CATEGORY = Map.ofEntries(
            Map.entry(Category.METADATA, "标题与基本信息"), Map.entry(Category.TIMELINESS, "发布时限"),
            Map.entry(Category.STRUCTURE, "结构与内容要点"), Map.entry(Category.TABLE, "统计表格"),
            Map.entry(Category.ARITHMETIC, "表格勾稽关系"), Map.entry(Category.CONSISTENCY, "正文与表格一致"),
            Map.entry(Category.FEE, "信息处理费"), Map.entry(Category.CONTENT, "内容质量"),
            Map.entry(Category.CONTAMINATION, "网页污染与乱码"), Map.entry(Category.INPUT, "可审核性"));
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
    public static final String HISTORY_TITLE = "与以往报告比较";
    public static final String NO_PRIOR = "没有找到本机关上一年度的报告（历史库和本批次中都没有），未作跨年度比较。";
    public static final String COPIES_TITLE = "与其他报告相同的段落";
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
    public static final String LABEL_EXPECTED = "应为";
    public static final String LABEL_CELLS = "涉及的单元格";
    public static final String LABEL_WHERE = "位置";
    public static final String LABEL_ALSO = "同一处还违反";
    public static final String LABEL_HIGHLIGHTS = "问题词语";
    public static final String BLANK_CELL = "空白";
    public static final String NONE = "无";
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
    public static final String HEADING_AGENCIES = "各机关审核结果（最差在前）";
    public static final String HEADING_TOP_RULES = "主要问题（按严重程度、涉及机关数排列）";
    public static final String HEADING_NOT_ASSESSABLE = "不可评估的文件";
    public static final String SORT_HINT = "点击表头可按该列排序，再次点击反向排序。";
    public static final String SORTED_WORST_FIRST = "当前排序：最差在前（等级、得分、严重问题数）";
    public static final String FILTER_LABEL = "筛选";
    public static final String FILTER_PLACEHOLDER = "机关名称、等级（A–D、不可评估）或规则编号，空格分隔";
    public static final String FILTER_NONE = "没有符合筛选条件的机关。";
    public static final String FILTER_THIS = "筛选这些机关";
    public static final String LABEL_MAIN_PROBLEM = "主要问题";
    public static final String LABEL_FIRED_RULES = "触发的规则";
    public static final String LABEL_AGENCIES = "涉及机关";
    public static final String LABEL_FINDINGS = "处数";
    public static final String LABEL_RUN_TIME = "审核时间";
    public static final String LABEL_INPUTS = "输入";
    public static final String LABEL_FILES = "文件数";
    public static final String LABEL_RULES = "规则";
    public static final String LABEL_TOOL = "审核工具";
    public static final String LINK_INDEX = "返回批量审核总览";
    public static final String LINK_RULES = "规则目录与评分办法";
    public static final String LOCAL_TIME = "（本地时间）";
    public static final String UTC_TIME = "（UTC）";
    public static final String CATALOGUE_TITLE = "政府信息公开工作年度报告审核规则目录";
    public static final String CATALOGUE_INTRO = "本目录列出对政府信息公开工作年度报告所做的全部自动检查：我们检查什么、依据是什么、"
            + "发现问题时的严重程度。严重程度决定扣分，见“评分办法”。";
    public static final String CATALOGUE_CONTENTS = "目录";
    public static final String CATALOGUE_GRADING = "评分办法";
    public static final String CATALOGUE_WEIGHTS = "严重程度与扣分";
    public static final String CATALOGUE_BANDS = "等级与分数线";
    public static final String CATALOGUE_AUTHORS = "规则编写者参考：各规则所在文件";
    public static final String CATALOGUE_AUTHORS_NOTE = "供修改规则的人员查找 DRL 文件；审核人员无需阅读。";
    public static final String CATALOGUE_NO_POLICY = "评分办法文件无法读取，本目录不含评分办法。";
    public static final List<String> WEIGHT_HEADERS = List.of("严重程度", "每项扣分");
    public static final List<String> BAND_HEADERS = List.of("等级", "得分");
    public static final List<String> CATALOGUE_HEADERS = List.of("编号", "标题", "严重程度", "依据");
    public static final List<String> AUTHOR_HEADERS = List.of("编号", "文件:行");
    public static final List<String> GRADING_NOTES = List.of(
            "只有报告本身的问题扣分；程序读取文件时遇到的问题（标为“提取问题”）不扣分。",
            "文件不是年度报告、无法读取、统计表无法可靠读取或早于评估范围的，" + NOT_ASSESSABLE + "：不给分数和等级，并说明原因。",
            "同一处的同一缺陷被几条规则同时发现时（规则元数据 mergeGroup 相同），合并为一项，只扣一次分。");

    /** "满分 100 分，按发现的问题逐项扣分，最低 0 分；只要有一项“严重”问题，等级最高为 D。" */
    public static String gradingSummary(int max, int floor, String cap) {
        return "满分 " + max + " 分，按发现的问题逐项扣分，最低 " + floor + " 分；只要有一项“严重”问题，等级最高为 " + cap + "。";
    }

    /** "不扣分" or "10 分". */
    public static String points(int weight) {
        return weight == 0 ? "不扣分" : weight + " 分";
    }

    /** "90 分及以上", "75–89 分". */
    public static String band(int min, Integer nextMin) {
        return nextMin == null ? min + " 分及以上" : min + "–" + (nextMin - 1) + " 分";
    }

    /** "共 67 条规则，分为 10 类。" */
    public static String catalogueCount(int rules, int categories) {
        return "共 " + rules + " 条规则，分为 " + categories + " 类。";
    }

    /** "7 条". */
    public static String categoryCount(int rules) {
        return rules + " 条";
    }
    public static final String ORIGIN_REPORT = "报告问题";
    public static final String ORIGIN_EXTRACTION = "提取问题";
    public static final String STATUS_GRADED = "已评定";
    public static final String LABEL_FILE = "输出文件";
    public static final String SHEET_REPORTS = "报告";
    public static final String SHEET_FINDINGS = "问题明细";
    public static final String SHEET_RULES = "规则统计";
    public static final String WORKBOOK_TITLE = "政府信息公开工作年度报告审核汇总";
    public static final String LABEL_PAGE = "审核意见页";
    public static final String SHEET_FULL = "问题条数超过Excel工作表行数上限，其余问题见各报告的JSON文件或 summary.sarif";

    private RenderMessages() {
    }

    public static String severity(Severity s) {
        return SEVERITY.get(s);
    }

    public static String category(Category c) {
        return CATEGORY.get(c);
    }

    /** A severity id ("critical") in Chinese; the id itself when unknown. */
    public static String severity(String id) {
        Severity s = id == null ? null : Severity.fromId(id);
        return s == null ? String.valueOf(id) : severity(s);
    }

    /** A category id ("fee") in Chinese; the id itself when unknown. */
    public static String category(String id) {
        Category c = id == null ? null : Category.fromId(id);
        return c == null ? String.valueOf(id) : category(c);
    }

    /** Heading for a finding's section: 0 = preface, null = the whole report. */
    public static String section(Integer number) {
        if (number == null || number < 0 || number >= SECTIONS.length) {
            return WHOLE_REPORT;
        }
        return SECTIONS[number];
    }

    /** "上年（2023年度）：B（80分）→ 本年：A（92分）". */
    public static String priorGrade(int priorYear, String priorGrade, Integer priorScore, String grade, Integer score) {
        return "上年（" + priorYear + "年度）：" + priorGrade + (priorScore == null ? "" : "（" + priorScore + "分）")
                + " → 本年：" + grade + (score == null ? "" : "（" + score + "分）");
    }

    /** "升一档", "降两档", "等级未变", "" when either year was not graded. */
    public static String gradeChange(String before, String now) {
        if (before == null || now == null || before.length() != 1 || now.length() != 1) {
            return "";
        }
        int steps = before.charAt(0) - now.charAt(0);
        String[] n = {"", "一", "两", "三"};
        if (steps == 0) {
            return "等级未变";
        }
        return (steps > 0 ? "升" : "降") + n[Math.min(3, Math.abs(steps))] + "档";
    }

    /** "↑", "↓", "=" or "" for the index's grade change column. */
    public static String gradeArrow(String before, String now) {
        String c = gradeChange(before, now);
        return c.isEmpty() ? "" : c.startsWith("升") ? "↑" : c.startsWith("降") ? "↓" : "=";
    }

    /** "上年B" under this year's grade in index.html. */
    public static String priorGradeShort(String priorGrade) {
        return "上年" + grade(priorGrade);
    }

    public static String priorGradeTitle(int priorYear, String priorGrade, String grade) {
        String change = gradeChange(priorGrade, grade);
        return priorYear + "年度：" + grade(priorGrade) + (change.isEmpty() ? "" : "，" + change);
    }

    public static final String LABEL_PRIOR_GRADE = "上年等级";

    public static String priorSource(String agency, String source) {
        return "上年报告：" + (agency == null ? "" : agency + "，") + source;
    }

    public static String copyHeading(String what, int percent) {
        return what + "（相似度" + percent + "%）";
    }

    public static String thisReportAt(int line) {
        return line > 0 ? "本报告第" + line + "行" : "本报告";
    }

    public static String otherReport(String agency, Integer year, String source) {
        return (agency == null ? "" : agency) + (year == null ? "" : year + "年度") + "报告（" + source + "）";
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

    /** "报告5份：A 2、B 1、C 1、D 1，不可评估0份". */
    public static String totals(int reports, List<String> grades, List<Integer> counts, int notAssessable) {
        StringBuilder s = new StringBuilder("报告").append(reports).append("份：");
        for (int i = 0; i < grades.size(); i++) {
            s.append(i == 0 ? "" : "、").append(grades.get(i)).append(' ').append(counts.get(i));
        }
        return s.append("，").append(NOT_ASSESSABLE).append(notAssessable).append("份").toString();
    }

    /** "共5份" for the header's file count. */
    public static String files(int n) {
        return "共" + n + "份";
    }

    /** How the rules relate to the copy bundled with the tool, for the run header. */
    public static String rules(String location, String version, String provenance) {
        String where = switch (provenance) {
            case "BUNDLED" -> "本工具内置规则";
            case "SAME_AS_BUNDLED" -> location + "（与本工具内置规则相同）";
            case "CHANGED" -> location + "（已改动，不是本工具内置规则）";
            default -> location.isEmpty() ? UNKNOWN : location;
        };
        return version.isEmpty() ? where : where + "，版本 " + version;
    }

    /** "等12个机关" after the first agencies listed for a problem. */
    public static String moreAgencies(int total) {
        return "等" + total + "个机关";
    }

    /** "显示 3 / 5 个机关"; the page's script fills the same template while filtering. */
    public static final String SHOWN_TEMPLATE = "显示 {shown} / {total} 个机关";
    public static final String SORT_ASC_TEMPLATE = "当前排序：{column} ▲ 升序";
    public static final String SORT_DESC_TEMPLATE = "当前排序：{column} ▼ 降序";

    public static String shownCount(int shown, int total) {
        return SHOWN_TEMPLATE.replace("{shown}", Integer.toString(shown)).replace("{total}", Integer.toString(total));
    }

    /** The title row of each sheet: "政府信息公开工作年度报告审核汇总 · 报告 ｜ 输入：… ｜ 审核时间：… ｜ 共5份 ｜ 规则：…". */
    public static String sheetTitle(String sheet, String inputs, String time, int files, String rules) {
        return WORKBOOK_TITLE + " · " + sheet + " ｜ " + LABEL_INPUTS + "：" + inputs + " ｜ " + LABEL_RUN_TIME + "："
                + time + " ｜ " + files(files) + " ｜ " + LABEL_RULES + "：" + rules;
    }

    /** "报告所用名称：本年发件" — a compared value with the rule's name for it. */
    public static String labelled(String label, String value) {
        return value == null ? null : label + "：" + value;
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
