package org.nianbao.audit.engine;

/** The Chinese texts of the engine package shown to users, in one place. */
final class EngineMessages {
    private EngineMessages() {
    }

    static String refused(RulesSource source, int problems) {
        return "规则集 " + source.describe() + " 有 " + problems + " 个问题，无法启动";
    }

    static String noRules(RulesSource source) {
        return "规则集 " + source.describe() + " 中没有任何 .drl 规则文件";
    }

    static String noSuchFile(String file) {
        return "规则集中没有文件 " + file;
    }
}
