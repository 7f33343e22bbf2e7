package org.nianbao.audit.cli.rules;

import java.util.Collection;
import java.util.List;
import org.nianbao.audit.engine.cases.CaseKind;
import org.nianbao.audit.render.RenderMessages;

/** Every Chinese text of the rule authors' workbench: help texts (constants for picocli) and messages. */
public final class WorkbenchMessages {
    public static final String RULES_DESCRIPTION = "规则编写工具：检查、列出、测试规则并生成规则目录（无需 Java 或 Maven）。";
    public static final String CHECK_DESCRIPTION = "编译并检查全部 DRL 规则文件，逐条输出问题（文件:行:列、源代码行和 ^ 标记）。"
            + "检查元数据约定、规则编号唯一、每条规则都有测试用例，并对已知会使 Drools 10.2 运行时崩溃的写法给出警告。";
    public static final String LIST_DESCRIPTION = "按规则编号列出规则目录（编号、标题、严重程度、类别、依据、位置）。";
    public static final String DOC_DESCRIPTION = "生成可发布的规则目录：index.html（自包含网页）和 rules.md。";
    public static final String TEST_DESCRIPTION = "运行规则测试用例（fixtures/rules/<规则编号>/fires|passes/*.txt），每个用例输出一行。";
    public static final String RULES_OPTION = "规则文件夹；写 bundled 则使用jar内置规则；缺省时使用 ./rules（如是规则文件夹："
            + "含 grading.properties 和 .drl 文件），否则使用内置规则。";
    public static final String CASES_OPTION = "测试用例文件夹；缺省为规则文件夹上一级的 fixtures/rules。";
    public static final String FORMAT_OPTION = "输出格式：table（对齐的表格，默认）、md、json、csv。";
    public static final String OUT_OPTION = "输出文件夹（默认：${DEFAULT-VALUE}）。";
    public static final String IDS = "只运行这些规则编号的用例；缺省运行全部。";
    public static final String CHECK_EXIT_0 = "0:没有错误（可以有警告）";
    public static final String USAGE_EXIT_2 = "2:命令行用法错误";
    public static final String CHECK_EXIT_3 = "3:有错误（编译错误或违反规则约定）";
    public static final String TEST_EXIT_0 = "0:全部用例通过";
    public static final String TEST_EXIT_1 = "1:有用例失败，或没有可运行的用例";
    public static final String TEST_EXIT_3 = "3:规则无法编译或违反元数据约定";
    public static final String DOC_EXIT_0 = "0:已生成规则目录";
    public static final String OUT_EXIT_4 = "4:无法写入输出";

    private WorkbenchMessages() {
    }

    static String missingSubcommand() {
        return "缺少子命令：check、list、doc、test";
    }

    static String notAFolder(String path) {
        return "文件夹不存在：" + path;
    }

    static String level(Problem.Level level) {
        return level == Problem.Level.ERROR ? "错误" : "警告";
    }

    static String inRule(String rule) {
        return "（规则“" + rule + "”）";
    }

    static String checkSummary(int files, int rules, int errors, int warnings) {
        return files + " 个文件，" + rules + " 条规则：" + errors + " 个错误，" + warnings + " 个警告";
    }

    /** @param kinds the missing kinds, fires before passes */
    static String missingCases(String id, List<CaseKind> kinds, String casesRoot) {
        List<String> what = kinds.stream().map(k -> (k == CaseKind.FIRES ? "应触发的用例（" : "不应触发的用例（")
                + casesRoot + id + "/" + k.folder() + "/*.txt）").toList();
        return "规则 " + id + " 缺少" + String.join("和", what) + "；每条规则都要有这两类测试用例";
    }

    static String noRuleFiles(String folder) {
        return "规则文件夹 " + folder + " 中没有任何 .drl 规则文件";
    }

    static String bundledWithoutCases() {
        return "提示：正在检查程序内置的规则，当前目录下没有 fixtures/rules，不检查测试用例（可用 --cases 指定）";
    }

    static String orphanCases(String folder, String casesRoot) {
        return "用例目录 " + casesRoot + folder + "/ 对应的规则编号不存在（规则被删除或改了编号？）";
    }

    static String unknownInSidecar(String caseFile, Collection<String> ids) {
        return "用例 " + caseFile + " 的 .expect 文件提到不存在的规则编号：" + String.join(", ", ids);
    }

    static String caseLayout(String detail) {
        return "测试用例目录有误：" + detail;
    }

    static String strOperator() {
        return "条件中使用了 str[startsWith]/str[endsWith]：Drools 10.2 在条件被执行约20次后编译它时会抛出 NoSuchMethodError，"
                + "规则在批量审核时崩溃；请改写为 text.startsWith(\"…\") 或 text.endsWith(\"…\")";
    }

    static String arrayIndex(String expression) {
        return "条件中按下标取数组元素 " + expression + "：若是基本类型数组（int[]、long[] 等），Drools 10.2 在条件被执行约20次后"
                + "会抛出 ClassCastException；请改用辅助方法（如 col(values, 0)）或在 eval(...) 之外先绑定";
    }

    static String interfaceStatic(String call) {
        return "条件中调用了接口静态方法 " + call + "：Drools 10.2 在条件被执行约20次后编译它时会抛出 IncompatibleClassChangeError；"
                + "请把集合放到 function 或 Java 辅助类中（from 和 then 部分不受影响）";
    }

    static String duplicateFunction(String name, String firstFile, int firstLine) {
        return "函数 " + name + " 重复定义：已在 " + firstFile + ":" + firstLine + " 定义；同一个包（package）内的所有文件共用函数，函数名不能重复";
    }

    // --- explanations put in front of Drools' own texts, for authors who are not programmers

    static String syntaxHint(String near) {
        return "语法错误：在“" + near + "”附近（常见原因：上一行缺少右括号“)”、逗号或引号未闭合）";
    }

    static String unknownExpression(String expression) {
        return "无法解析条件“" + expression + "”：字段或方法不存在（注意拼写和大小写，可用字段见 rules/README.md）";
    }

    static String badConsequence() {
        return "then 部分的代码无法解析（类型不符、字段或方法不存在，或 mvel 写法不受支持）";
    }

    static String undefinedMethod(String method, String type) {
        return "方法 " + method + " 在 " + type + " 中不存在（注意拼写，或该函数未在本包中定义）";
    }

    static String unresolved(String name) {
        return "无法识别的名称 " + name + "（未声明的变量、未导入的类或拼写错误）";
    }

    // --- rules list / doc

    static final List<String> CATALOGUE_HEADERS = List.of("编号", "标题", "严重程度", "类别", "依据", "位置");

    static String unknownFormat(String value) {
        return "未知的格式：" + value + "（可选 table、md、json、csv）";
    }

    static String severityLabel(String id) {
        return RenderMessages.severity(id);
    }

    static String categoryLabel(String id) {
        return RenderMessages.category(id);
    }

    static String docWritten(String folder, int rules) {
        return "已生成规则目录（" + rules + " 条规则）：" + folder + "index.html、" + folder + "rules.md";
    }

    static String leftOut(int rules) {
        return rules + " 条规则的元数据不合约定，未列入目录；请运行 rules check 查看原因";
    }

    static String noLegend(String why) {
        return "评分规则无法读取，规则目录中不含评分办法：" + why;
    }

    static String writeFailed(String detail) {
        return "无法写入输出：" + detail;
    }

    // --- the build's precompile step (BundledRulesPrecompiler)

    static String precompilerUsage() {
        return "用法：BundledRulesPrecompiler 规则文件夹 用例文件夹 输出文件夹（构建步骤，见 pom.xml）";
    }

    static String executableModelRefused(int problems) {
        return "Drools 可执行模型不支持这些规则（" + problems + " 个问题，见上）";
    }

    static String kjarDoesNotLoad(String why) {
        return "生成的可执行模型无法重新加载：" + why;
    }

    static String executableModelDiffers(int uses) {
        return "有 " + uses + " 处写法在可执行模型下的结果与经典引擎不同（见上）";
    }

    static String casesMustPass(int failed) {
        return "有 " + failed + " 个用例未通过：先让全部用例通过（rules test）";
    }

    static String enginesDisagree(int cases) {
        return "有 " + cases + " 个用例在两种引擎下结果不同（见上）：这些规则用到了可执行模型处理不同的写法";
    }

    static String notPrecompiled() {
        return "未预编译内置规则：jar 将在审核启动时编译 DRL（较慢，但结果不受影响）";
    }

    static String compiled(int rules, int cases, String file) {
        return "已预编译 " + rules + " 条规则：" + file + "（" + cases + " 个用例在两种引擎下结果一致）";
    }

    // --- rules test

    static String casePassed(CaseKind kind, String ruleId, List<String> fired) {
        return kind == CaseKind.FIRES
                ? "触发了 " + ruleId
                : "未触发 " + ruleId + (fired.isEmpty() ? "" : "（触发了 " + String.join(", ", fired) + "）");
    }

    static String unknownIds(List<String> ids) {
        return "没有这些规则编号：" + String.join(", ", ids);
    }

    static String noCases(String casesRoot) {
        return "在 " + casesRoot + " 下没有找到可运行的用例";
    }

    static String rulesRejected(int problems) {
        return "规则无法加载，共 " + problems + " 个问题；请先运行 rules check";
    }

    static String casesSummary(int passed, int failed) {
        // exactly this, alone on its line: CI scripts grep for it
        return passed + " passed, " + failed + " failed";
    }
}
