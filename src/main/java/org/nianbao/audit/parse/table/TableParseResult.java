package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TemplateVersion;

/** The tables found in a document, the template their labels show (null if neither) and what went wrong. */
public record TableParseResult(List<StatTable> tables, TemplateVersion template, List<ParseProblem> problems) {
    public TableParseResult {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }
}
