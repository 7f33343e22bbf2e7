package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.StatTable;

/** One table as read, the problems met while reading it, and whether the document ended inside it. */
record TableReading(StatTable table, List<ParseProblem> problems, boolean truncated) {
    TableReading {
        problems = List.copyOf(problems);
    }
}
