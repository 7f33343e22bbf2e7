package org.nianbao.audit.engine;

/** The Chinese texts of the engine package shown to users, in one place. */
final class EngineMessages {
    /** How the jar's own copy of the rules is named in messages. */
    static final String BUNDLED = "(内置规则)/";

    private EngineMessages() {
    }

    static String notAFolder(Object folder) {
        return "规则目录不存在或不是目录：" + folder;
    }

    static String noBundledRules(String anchor) {
        return "程序包内没有内置规则（缺少 " + anchor + "）";
    }

    static String unreadable(Object where, Exception e) {
        return "无法读取规则 " + where + "：" + e.getMessage();
    }

    static String refused(RulesSource source, int problems) {
        return "规则集 " + source.describe() + " 有 " + problems + " 个问题，无法启动";
    }

    static String noRules(RulesSource source) {
        return "规则集 " + source.describe() + " 中没有任何 .drl 规则文件";
    }

    static String notUtf8() {
        return "文件不是 UTF-8 编码（可能以 GBK 保存），请以 UTF-8 重新保存";
    }

    static String missingLexicon(String path) {
        return "规则引用的词表 " + path + " 不存在：依赖它的检查将不起作用";
    }

    static String emptyLexicon(String usedBy, int line) {
        return "词表为空（没有任何词条），" + usedBy + ":" + line + " 的规则依赖它，检查将不起作用";
    }

    static String noSuchFile(String file) {
        return "规则集中没有文件 " + file;
    }
}
