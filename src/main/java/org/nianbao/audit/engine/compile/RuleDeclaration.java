package org.nianbao.audit.engine.compile;

import java.util.List;
import java.util.Optional;

/**
 * A {@code rule "…" … end} block as written: its name, the lines of its header, {@code when},
 * {@code then} and {@code end} (0 when absent), and the annotations before {@code when}.
 */
public record RuleDeclaration(String name, int line, int whenLine, int thenLine, int endLine,
                              List<AnnotationValue> annotations) {
    public RuleDeclaration {
        annotations = List.copyOf(annotations);
    }

    /** The first annotation called {@code name}, if written. */
    public Optional<AnnotationValue> annotation(String name) {
        return annotations.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** True when {@code line} lies inside this rule (its header line up to its {@code end}). */
    public boolean covers(int lineNumber) {
        return lineNumber >= line && lineNumber <= endLine;
    }
}
