package org.nianbao.audit.engine.compile;

import java.util.List;

/**
 * DRL constructs that Drools 10.2's classic engine accepts but whose jitted constraint crashes at run
 * time, after a constraint has been evaluated about 20 times (drools-10-notes §6 J1–J3). Each knows the
 * text that gives it away in a rule's conditions and the error it throws, so a crash that carries no
 * rule name can still be blamed on the rule that uses the construct.
 */
public enum JitHazard {
    /** J1: {@code str[startsWith]} / {@code str[endsWith]} → NoSuchMethodError in EvaluatorHelper.initOperators. */
    STR_OPERATOR(List.of("str["), NoSuchMethodError.class, "EvaluatorHelper",
            "条件中使用了 str[startsWith]/str[endsWith]，Drools 10.2 编译条件后会抛出 NoSuchMethodError；请改用 text.startsWith(\"…\")"),
    /** J3: a static interface method such as {@code List.of(...)} in a constraint → IncompatibleClassChangeError. */
    INTERFACE_STATIC_CALL(List.of("List.of(", "Set.of(", "Map.of(", "Map.entry(", "Map.ofEntries(", "List.copyOf(",
            "Set.copyOf(", "Map.copyOf(", "Stream.of(", "Comparator."), IncompatibleClassChangeError.class, "InterfaceMethodref",
            "条件中调用了 List.of/Set.of/Map.of 等接口静态方法，Drools 10.2 编译条件后会抛出 IncompatibleClassChangeError；请把集合放在 Java 辅助类中");

    /** Text that gives the construct away; class static methods such as LocalDate.of are fine. */
    private final List<String> markers;
    private final Class<? extends Throwable> error;
    private final String errorText;
    private final String advice;

    JitHazard(List<String> markers, Class<? extends Throwable> error, String errorText, String advice) {
        this.markers = markers;
        this.error = error;
        this.errorText = errorText;
        this.advice = advice;
    }

    /**
     * True when a conditions line (between {@code when} and {@code then}) uses the construct inside a
     * constraint. Behind {@code from} the expression is not a jitted constraint and works (notes §6 J3).
     */
    public boolean usedIn(String conditionsLine) {
        int from = conditionsLine.indexOf(" from ");
        for (String marker : markers) {
            int at = conditionsLine.indexOf(marker);
            if (at >= 0 && (from < 0 || from > at)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code t} is the error this construct throws. */
    public boolean explains(Throwable t) {
        return error.isInstance(t) && t.getMessage() != null && t.getMessage().contains(errorText);
    }

    /** Chinese advice for a rule author (a lint warning of the workbench). */
    public String advice() {
        return advice;
    }
}
