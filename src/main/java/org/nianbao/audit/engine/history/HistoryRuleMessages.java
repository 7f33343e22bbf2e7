package org.nianbao.audit.engine.history;

/** Messages about rules/history/agency-aliases.tsv, for `rules check` and audit start. */
final class HistoryRuleMessages {
    private HistoryRuleMessages() {
    }

    static String empty(String column) {
        return "“" + column + "”列不能为空";
    }

    static String sameAsName(String name) {
        return "“" + name + "”与规范名称相同，这一行不起作用";
    }

    static String duplicate(String name, int firstLine) {
        return "“" + name + "”重复（第 " + firstLine + " 行已有）";
    }

    static String unknownKind(String kind) {
        return "种类“" + kind + "”无法识别，可用：word（名称中的词）、drop（删去的词）、name（整个名称）、distinct（相似但不是同一机关）";
    }
}
