package org.nianbao.audit.engine;

/** A rule that threw or kept firing on one report: that report is not assessable, the run goes on. */
public record RuleFault(String rule, String message) {
}
