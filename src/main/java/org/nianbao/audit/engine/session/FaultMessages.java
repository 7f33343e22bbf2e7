package org.nianbao.audit.engine.session;

/** The Chinese texts of rule faults, in one place. */
final class FaultMessages {
    static final String UNKNOWN_RULE = "（未能确定的规则）";

    private FaultMessages() {
    }

    static String threw(String rule, Throwable error) {
        return "规则 " + rule + " 运行出错，本报告不可评估：" + describe(error);
    }

    static String looped(String rule, int count, int limit) {
        return "规则 " + rule + " 反复触发（" + count + " 次；全部规则共触发达到上限 " + limit + " 次），本报告不可评估";
    }

    /** Exception class and message on one line, innermost cause last: enough for a rule author to act. */
    static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable t = error;
        int depth = 0;
        while (t != null && depth++ < 4) {
            if (out.length() > 0) {
                out.append(" ← ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(oneLine(t.getMessage()));
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        String flat = s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
