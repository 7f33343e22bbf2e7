package org.nianbao.audit.engine.formats;

import java.util.List;

/** Every Chinese text about rules/formats.properties, in one place. */
final class FormatsMessages {
    private FormatsMessages() {
    }

    static String refused(String shown, int problems) {
        return "格式规则文件 " + shown + " 有 " + problems + " 个问题，无法启动";
    }

    static String missingFile(String file) {
        return "缺少格式规则文件 " + file + "：它规定评估范围的起始年度和各年度应使用的年度报告格式";
    }

    static String unreadable(String why) {
        return "文件无法读取：" + why;
    }

    static String missingKey(String key) {
        return "缺少键 " + key;
    }

    static String notAYear(String key, String value) {
        return "键 " + key + " 的值“" + value + "”不是四位数年份";
    }

    static String unknownKey(String key, List<String> known) {
        return "未知的键 " + key + "（可用的键：" + String.join("、", known) + "）";
    }

    static String duplicateKey(String key, int firstLine) {
        return "键 " + key + " 重复（第 " + firstLine + " 行已写过）：只会使用最后一个值，请删去多余的一行";
    }

    static String sameStartYear(String key, String other, int year) {
        return "键 " + key + " 与 " + other + " 都从 " + year + " 年起适用：同一年度只能有一种应使用的格式";
    }

    static String scopeBeforeTemplates(String key, int scope, int earliest) {
        return "键 " + key + " 的值 " + scope + " 早于最早的格式适用年度 " + earliest
                + "：" + scope + " 年的报告在评估范围内却没有应使用的格式";
    }
}
