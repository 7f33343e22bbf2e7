package org.nianbao.audit.engine.cases;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Every line the rule cases print, in one place. English first (the form CI logs are searched in), the
 * Chinese for the rule authors after it.
 */
final class CaseMessages {
    private CaseMessages() {
    }

    static String passed(RuleCase c) {
        return "PASS " + c.ruleId() + " " + c.name();
    }

    static String shouldFire(RuleCase c, String id, Collection<String> fired) {
        return "FAIL " + c.ruleId() + " " + c.name() + ": expected " + id + " to fire, fired: " + fired
                + "（应触发 " + id + "，实际触发 " + fired + "）";
    }

    static String shouldNotFire(RuleCase c, String id, String firstMessage) {
        return "FAIL " + c.ruleId() + " " + c.name() + ": expected " + id + " not to fire, but it fired: " + firstMessage
                + "（不应触发 " + id + "）";
    }

    static String fault(RuleCase c, String rule, String message) {
        return "FAIL " + c.ruleId() + " " + c.name() + ": rule " + rule + " failed on this input: " + message
                + "（规则运行出错）";
    }

    static String crashed(RuleCase c, Throwable t) {
        return "FAIL " + c.ruleId() + " " + c.name() + ": the pipeline threw " + t + "（处理该用例时出错）";
    }

    /** What a side of a comparison shows when it has no finding or fault there. */
    static final String NOTHING = "(none)";
    /** What a side of a comparison shows when the pipeline threw on the case. */
    static final String CRASHED = "(the pipeline threw)";

    static String enginesDiffer(RuleCase c, String classic, String executable) {
        return "DIFF " + c.ruleId() + " " + c.name() + ": classic engine gave " + classic
                + ", executable model gave " + executable + "（两种引擎对该用例的结果不同）";
    }

    static String summary(int passed, int failed) {
        return passed + " passed, " + failed + " failed（通过 " + passed + "，失败 " + failed + "）";
    }

    static String badCaseData(Path file, int line, String message) {
        return file + ":" + line + ": " + message + "（用例文件夹中的数据文件有误）";
    }

    static String badSidecar(Path file, int line, String text) {
        return file + ":" + line + ": expected \"fires: ID, ID\" or \"not: ID\", found \"" + text + "\""
                + "（用例说明文件格式应为“fires: 规则编号”或“not: 规则编号”）";
    }

    static String unreadable(Path path, Exception e) {
        return path + ": cannot read rule cases: " + e.getMessage() + "（无法读取规则用例）";
    }

    static String strayFile(Path file) {
        return file + ": a case file must sit in <RULE-ID>/fires/ or <RULE-ID>/passes/ and end in .txt"
                + "（用例文件应放在 <规则编号>/fires/ 或 <规则编号>/passes/ 下，以 .txt 结尾）";
    }

    static String missingCase(String ruleId, CaseKind kind) {
        return ruleId + ": no " + kind.folder() + " case in fixtures/rules/" + ruleId + "/" + kind.folder() + "/"
                + (kind == CaseKind.FIRES ? "（缺少应触发的用例）" : "（缺少不应触发的用例）");
    }

    static String unknownRule(String ruleId) {
        return ruleId + ": case folder names no rule in rules/（用例目录对应的规则不存在）";
    }
}
