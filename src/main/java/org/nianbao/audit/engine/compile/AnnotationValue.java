package org.nianbao.audit.engine.compile;

/**
 * One {@code @name(value)} of a rule as written in the DRL text. {@code quoted} is false when the author
 * wrote the value bare: classic Drools then evaluates it as MVEL ({@code @id(2024-12)} becomes 2012).
 */
public record AnnotationValue(String name, String value, boolean quoted, int line) {
}
