package org.nianbao.audit.engine.session;

import java.util.regex.Pattern;

/**
 * The Chinese texts of rule faults, in one place. They name the rule and say in plain words what went
 * wrong; Java exception class names stay out (the Java message, where there is one, follows as detail).
 */
final class FaultMessages {
    static final String UNKNOWN_RULE = "（未能确定的规则）";
    /** "java.lang.NullPointerException: " and the like inside messages Drools wraps. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");

    private FaultMessages() {
    }

    static String threw(String rule, Throwable error) {
        return "规则 " + rule + " 运行出错（" + describe(error) + "），本报告不可评估";
    }

    static String looped(String rule, int count, int limit) {
        return "规则 " + rule + " 反复触发（" + count + " 次；全部规则共触发达到上限 " + limit + " 次），本报告不可评估";
    }

    static String halted(String rule) {
        return "规则 " + rule + " 调用了 halt()，规则运行被提前终止，结果不完整，本报告不可评估";
    }

    static String timedOut(String rule, long seconds) {
        return "规则 " + rule + " 运行超过时限 " + seconds + " 秒，已被中止，本报告不可评估";
    }

    /** What went wrong, in plain words, then the innermost Java message (without class names) as detail. */
    static String describe(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 10; depth++) {
            root = root.getCause();
        }
        String detail = detail(root);
        String kind = kind(root);
        return detail.isEmpty() ? kind : kind + "：" + detail;
    }

    private static String kind(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "调用层次过深，栈空间耗尽（可能是无限递归）";
        }
        if (t instanceof OutOfMemoryError) {
            return "内存不足";
        }
        if (t instanceof NullPointerException) {
            return "使用了空值";
        }
        if (t instanceof ArithmeticException) {
            return "算术错误（如除以零）";
        }
        if (t instanceof ClassCastException) {
            return "类型不符";
        }
        if (t instanceof NumberFormatException) {
            return "数字格式错误";
        }
        if (t instanceof IndexOutOfBoundsException) {
            return "下标越界";
        }
        if (t instanceof LinkageError) {
            return "规则引擎内部错误（Drools 10.2 把条件编译为字节码后出错，rules check 会对已知写法给出警告）";
        }
        return "运行时错误";
    }

    private static String detail(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return "";
        }
        String flat = CLASS_NAME.matcher(message.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ')).replaceAll("").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
