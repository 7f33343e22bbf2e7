package org.nianbao.audit.engine.template;

import java.util.Collection;

/** Messages about the template data files (rules/template/*.tsv), for `rules check` and audit start. */
final class TemplateMessages {
    private TemplateMessages() {
    }

    static String missingFile(String file) {
        return "缺少模板数据文件 " + file + "（表格行列、部分标题由它给出）";
    }

    static String notUtf8() {
        return "文件不是 UTF-8 编码（可能以 GBK 保存）：请另存为 UTF-8";
    }

    static String badHeader(String expected) {
        return "第一行（非注释行）必须是列名：" + expected.replace("\t", " ⇥ ");
    }

    static String fieldCount(int expected, int found) {
        return "应有 " + expected + " 列（用制表符分隔），这一行有 " + found + " 列";
    }

    static String unknownValue(String what, String value, Collection<String> known) {
        return what + "“" + value + "”无法识别，可用：" + String.join("、", known);
    }

    static String empty(String what) {
        return what + "不能为空";
    }

    static String duplicate(String what, String value, int firstLine) {
        return what + "“" + value + "”重复（第 " + firstLine + " 行已有）";
    }

    static String noRows(String file, String format, String table) {
        return file + " 中 " + format + " 年格式的" + table + "没有任何行";
    }

    static String sectionMissing(int number) {
        return "缺少第 " + number + " 部分的标题";
    }

    static String sectionNumber(String value) {
        return "部分序号应为 1 到 6，这里是“" + value + "”";
    }
}
