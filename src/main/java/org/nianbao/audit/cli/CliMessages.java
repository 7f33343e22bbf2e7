package org.nianbao.audit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.audit.cli.batch.BatchResult;
import org.nianbao.audit.render.summary.GradeCounts;

/** Every Chinese text of the command line: help texts (compile-time constants for picocli) and messages. */
public final class CliMessages {
    public static final String HELP = "显示帮助信息并退出。";
    public static final String VERSION = "显示版本信息并退出。";
    public static final String SYNOPSIS_HEADING = "用法：";
    public static final String COMMANDS_HEADING = "%n命令：%n";
    public static final String ROOT_DESCRIPTION = "政府信息公开工作年度报告合规审核（规则引擎）。";
    public static final String AUDIT_DESCRIPTION = "审核一个或多个年度报告文件或文件夹，输出各机关审核意见与批量汇总。";
    public static final String PARSE_DESCRIPTION = "解析报告并把报告模型以JSON数组输出到标准输出（供调试和规则编写者使用）。";
    public static final String PATHS = "报告文件或文件夹；文件夹按名称顺序递归遍历，跳过隐藏文件和隐藏文件夹，不跟随循环链接。";
    public static final String FILES = "要解析的报告文件或文件夹（文件夹按名称顺序递归遍历，只取报告文件）。";
    public static final String OUT = "输出文件夹（默认：${DEFAULT-VALUE}）。所有输出只写入该文件夹；"
            + "上次运行生成、本次未再生成且未被改动的同类文件会被删除，其他文件从不改动。";
    public static final String RULES = "规则文件夹；写 bundled 则使用jar内置规则。缺省时，当前目录下的 ./rules 是规则文件夹"
            + "（含 grading.properties 和 .drl 文件）就使用它，否则使用内置规则。规则文件夹是审核时运行的代码，只使用可信来源的规则。";
    public static final String PARSE_RULES = "规则文件夹，从其中的 formats.properties 读取各年度应使用的格式和评估范围；"
            + "写 bundled 则使用jar内置规则；缺省时使用 ./rules（如是规则文件夹），否则使用内置规则。";
    public static final String FORMAT = "输出格式，逗号分隔，可选 json, html, md, csv, xlsx, sarif（默认：${DEFAULT-VALUE}）。"
            + "json：每份报告的 名称.json 及 summary.json；html：每份报告的 名称.html 及 index.html；"
            + "md：名称.md；csv：summary.csv；xlsx：summary.xlsx；sarif：summary.sarif。run.json 总是写入。";
    public static final String FAIL_ON = "当任一报告出现该级别或更严重的问题（critical, error, warning, info），"
            + "或有报告不可评估时，以退出码1结束。缺省：不因问题而失败。";
    public static final String THREADS = "并行审核线程数（默认：CPU核数；最多为CPU核数的4倍，至少可设到4）。";
    public static final String TIME_LIMIT = "每份报告运行规则的时间上限（秒，默认 60）。超时的报告判为不可评估，并指出当时运行的规则；"
            + "其他报告照常审核。";
    public static final String QUIET = "只输出错误信息。";
    public static final String VERBOSE = "出错时另外输出技术细节（异常类型、原因），供维护人员排查。";
    public static final String COMPILE_RULES = "不使用构建时预编译的内置规则，启动时编译 DRL"
            + "（启动慢 2–3 秒，结果相同；用于核对预编译规则）。其他规则文件夹总是在启动时编译。";
    public static final String HISTORY = "历史库文件（SQLite）：读取以往年度的审核结果作比对，并记下本次结果；"
            + "缺省为输出文件夹中的 history.db。";
    public static final String NO_HISTORY = "不作跨年度、跨机关比对：不读不写历史库，同一批次的报告也不相互比对（审核快约一倍）。";
    public static final String EXIT_CODES_HEADING = "%n退出码：%n";
    public static final String EXIT_0 = "0:完成，且没有报告达到 --fail-on 级别";
    public static final String EXIT_1 = "1:有报告达到 --fail-on 级别（不可评估的报告也算）";
    public static final String EXIT_2 = "2:命令行用法错误";
    public static final String EXIT_3 = "3:规则编译失败或违反元数据约定（逐条输出 路径:行: 信息）";
    public static final String EXIT_4 = "4:无法写入输出";

    private CliMessages() {
    }

    public static String missingCommand() {
        return "缺少命令：audit、parse 或 rules（用 --help 查看说明）";
    }

    public static String seeHelp(String command) {
        return "用法说明请运行：" + command + " --help";
    }

    public static String unknownArgument(String args) {
        return "未知的选项或参数：" + args;
    }

    public static String missingArgument(String names) {
        return "缺少必需的参数：" + names;
    }

    public static String badValue(String option, String detail) {
        return "选项 " + option + " 的值无效：" + detail;
    }

    public static String unknownFormat(String value) {
        return "未知的输出格式：" + value + "（可选 json, html, md, csv, xlsx, sarif）";
    }

    public static String unknownSeverity(String value) {
        return "未知的严重程度：" + value + "（可选 critical, error, warning, info）";
    }

    public static String badThreads(int n, int max) {
        return "--threads 必须在 1 到 " + max + " 之间（本机CPU核数的4倍）：" + n;
    }

    public static String badTimeLimit(int seconds, int max) {
        return "--time-limit 必须在 1 到 " + max + " 秒之间：" + seconds;
    }

    public static String missingPath(String path) {
        return "找不到输入路径：" + path;
    }

    public static String notAFolder(String path) {
        return "规则文件夹不存在：" + path;
    }

    static String skippedOutputs(int count) {
        return "已跳过 " + count + " 个本工具以前生成的输出文件（审核意见页面和汇总），它们不是待审核的报告";
    }

    public static String noInputs() {
        return "没有找到任何输入文件。";
    }

    public static String rulesFailed(int count) {
        return "规则加载失败，共" + count + "个问题。";
    }

    public static String cascadeFolded(int count) {
        return "以下 " + count + " 个错误很可能是上面的语法错误引起的（出错文件中声明的函数或类型随之失效），修正后通常会一起消失：";
    }

    /** Rules other than the bundled ones: code from a folder, announced before the batch. */
    static String rulesInUse(String folder, int rules, String difference) {
        return "使用规则文件夹 " + folder + "：" + rules + " 条规则" + (difference == null ? "" : "，" + difference)
                + "。规则文件夹是审核时运行的代码，只使用可信来源的规则（--rules bundled 使用内置规则）";
    }

    static String comparedWithBundled(int changed, int added, int removed) {
        if (changed == 0 && added == 0 && removed == 0) {
            return "与内置规则相同";
        }
        List<String> parts = new ArrayList<>();
        if (changed > 0) {
            parts.add("修改 " + changed + " 个文件");
        }
        if (added > 0) {
            parts.add("新增 " + added + " 个文件");
        }
        if (removed > 0) {
            parts.add("缺少 " + removed + " 个文件");
        }
        return "与内置规则不同（" + String.join("、", parts) + "）";
    }

    static String localRulesIgnored(String folder) {
        return "当前目录下的 " + folder + " 不是规则文件夹（没有 grading.properties 或 .drl 文件），已忽略，使用内置规则";
    }

    public static String rulesError(String message) {
        return "规则加载失败：" + message;
    }

    public static String historyWarning(String message) {
        return "提示：" + message;
    }

    public static String writeFailed(String detail) {
        return "无法写入输出：" + detail;
    }

    public static String outputBusy(String folder) {
        return "输出文件夹 " + folder + " 正由另一次审核使用（同时写入会互相覆盖、并把对方的文件当作旧文件删除）。"
                + "请等那次审核结束后再运行，或用 --out 指定其他文件夹";
    }

    public static String recovered(int temporary, int pages, int summaries) {
        return "上次写入这个输出文件夹的审核没有正常结束：已清理临时文件 " + temporary + " 个，接管其已写出的结果文件 " + pages
                + " 个（本次未再生成的将按旧文件删除）" + (summaries > 0 ? "，补全汇总文件 " + summaries + " 个" : "");
    }

    static String fileProblem(String file, String reason, boolean missing, boolean denied) {
        String where = file == null ? "" : file;
        if (missing) {
            return "找不到文件或文件夹 " + where;
        }
        if (denied) {
            return "没有权限写入 " + where;
        }
        return where + (reason == null ? "" : "（" + reason + "）");
    }

    static String unknownIoProblem() {
        return "读写文件时出错";
    }

    public static String readFailed(String detail) {
        return "无法读取输入：" + detail;
    }

    /** What went wrong with a file or folder, in words (see {@link IoProblems}). */
    enum IoKind { MISSING, DENIED, EXISTS_AS_FILE, NOT_A_FOLDER, NOT_EMPTY, LOOP, READ_ONLY, FULL, OTHER }

    static String ioReason(IoKind kind) {
        return switch (kind) {
            case MISSING -> "文件夹不存在，也无法创建（请检查路径是否写对、上级文件夹是否存在）";
            case DENIED -> "没有读写权限";
            case EXISTS_AS_FILE -> "已有同名的文件，不能用作文件夹";
            case NOT_A_FOLDER -> "路径中有一段是文件而不是文件夹";
            case NOT_EMPTY -> "文件夹不是空的";
            case LOOP -> "文件夹的链接形成了循环";
            case READ_ONLY -> "所在磁盘是只读的";
            case FULL -> "磁盘空间已满";
            case OTHER -> "读写文件时出错";
        };
    }

    public static String internalError() {
        return "内部错误：程序遇到意外情况，未能完成。请加上 --verbose 重新运行，并把输出交给维护人员。";
    }

    public static String verboseDetail(String detail) {
        return "技术细节：" + detail;
    }

    public static String notAnInteger(String value) {
        return "“" + value + "”不是整数";
    }

    public static String optionTwice(String option) {
        return "选项 " + option + " 只能指定一次";
    }

    public static String optionNeedsValue(String option) {
        return "选项 " + option + " 需要一个值";
    }

    public static String usageProblem() {
        return "命令行用法有误";
    }

    /** Under --verbose: why one report could not be audited. */
    public static String reportFailed(String source, String detail) {
        return "处理 " + source + " 时出错：" + detail;
    }

    /** "2份报告达到 --fail-on error：" followed by one line per report. */
    public static String failOnReached(int count, String level) {
        return count + "份报告达到 --fail-on " + level + "（或不可评估）：";
    }

    /** "  张家港市科技局 2022（seeds/003.txt）：D，严重4、错误0". */
    public static String failOnLine(String agency, Integer year, String file, String grade, int critical, int error,
                                    int warning, int info) {
        return "  " + agency + (year == null ? "" : " " + year) + "（" + file + "）：" + grade + "，严重" + critical
                + "、错误" + error + "、警告" + warning + "、提示" + info;
    }

    public static String failOnMore(int more) {
        return "  ……另有" + more + "份，见 summary.csv";
    }

    /** Appended to the 完成 line: where to open the results. */
    public static String openIndex(String path) {
        return "；请打开 " + path + " 查看";
    }

    public static String outputFolder(String path) {
        return "；输出在 " + path;
    }

    public static String progressLine(int done, int total, double rate) {
        return String.format(Locale.ROOT, "已审核 %d/%d 份（%.0f份/秒）", done, total, rate);
    }

    public static String progressBar(String bar, int done, int total, double rate, long etaSeconds) {
        return String.format(Locale.ROOT, "[%s] %d/%d  %.0f份/秒  剩余约%d秒", bar, done, total, rate, etaSeconds);
    }

    public static String finished(BatchResult result) {
        GradeCounts g = result.grades();
        double seconds = result.facts().durationMillis() / 1000.0;
        return String.format(Locale.ROOT, "完成：报告%d份，A %d / B %d / C %d / D %d，不可评估%d份，用时%.1f秒，%.0f份/秒",
                result.rows().size(), g.count("A"), g.count("B"), g.count("C"), g.count("D"), g.notAssessable(),
                seconds, result.facts().reportsPerSecond()) + staleRemoved(result.staleRemoved());
    }

    /** Appended to the summary line when a re-used output folder held the previous run's leftovers. */
    static String staleRemoved(int count) {
        return count == 0 ? "" : "；已删除上次运行生成、本次未再生成的旧输出文件" + count + "个";
    }
}
