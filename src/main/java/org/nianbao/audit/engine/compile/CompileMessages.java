package org.nianbao.audit.engine.compile;

import java.util.List;

/** Every Chinese text the compile stage shows a rule author, in one place. */
final class CompileMessages {
    private CompileMessages() {
    }

    static String buildCrashed(Throwable e) {
        return "规则集编译失败：" + flatten(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static String missingMetadata(String key) {
        return "规则缺少元数据 @" + key + "（每条规则必须有 @id、@title、@severity、@category、@basis）";
    }

    static String emptyMetadata(String key) {
        return "元数据 @" + key + " 的值为空";
    }

    static String unquoted(String key, String raw) {
        return "元数据 @" + key + " 的值必须加英文双引号，例如 @" + key + "(\"" + (raw == null ? "" : raw) + "\")"
                + "；不加引号时 Drools 会把它当作表达式计算";
    }

    static String badValue(String key, String value, List<String> allowed) {
        return "元数据 @" + key + " 的值“" + value + "”无效，应为 " + String.join("、", allowed) + " 之一";
    }

    static String duplicateId(String id, String otherFile, int otherLine, String otherRule) {
        return "规则编号 " + id + " 重复：已由规则“" + otherRule + "”（" + otherFile + ":" + otherLine + "）使用；编号必须在所有包中唯一";
    }

    static String earlierAccumulateInResultConstraint() {
        return "accumulate 的结果条件引用了前一个 accumulate 的结果：Drools 可执行模型会不论数值都放行（经典引擎正确）；"
                + "请在两个 accumulate 之后写 eval($前者.intValue() > $后者.intValue())，否则不能预编译";
    }

    static String forbiddenCall(String what) {
        return "规则不得调用 " + what + "：它会结束或越出整个审核程序，而不只是一份报告（规则文件夹是可执行代码，见 README）";
    }

    static String notFoundInSource(String rule) {
        return "编译后的规则“" + rule + "”无法在源文件中定位，无法检查其元数据";
    }

    /** Drools texts carry line breaks and tabs; a diagnostic is one line. */
    static String flatten(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
