package org.nianbao.audit.engine;

/** A problem in the rules, pointing at the author's file (relative to the rules root) and line. */
public record RuleDiagnostic(String file, int line, int column, String rule, String message) {
    /** "rules/area/file.drl:LINE:COL: message" as compilers print it. */
    public String format(String root) {
        return root + file + ":" + Math.max(line, 0) + ":" + Math.max(column, 0) + ": " + message;
    }
}
