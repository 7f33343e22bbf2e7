package org.nianbao.audit.engine;

import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;

/** A rule of the catalogue with its metadata and where it is written. */
public record RuleInfo(String id, String title, Severity severity, Category category, String basis,
                       String file, int line, String packageName, String ruleName) {
}
