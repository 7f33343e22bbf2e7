package org.nianbao.audit.parse.table;

import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.*;

class DumpTest {
    @Test
    void dump() {
        String f = System.getProperty("dump.file");
        TableParseResult r = new TableParser().parse(FixtureLines.file(f));
        System.out.println("TEMPLATE " + r.template());
        for (StatTable t : r.tables()) {
            System.out.println(t.getKind() + " tmpl=" + t.getTemplate() + " lines " + t.getStartLine() + "-" + t.getEndLine() + " rows=" + t.getRows().size());
            for (TableRow row : t.getRows()) {
                StringBuilder s = new StringBuilder("  " + row.getKey() + " [" + row.getLabel() + "] " + row.getLabelMatch() + " L" + row.getLine() + " :");
                for (Cell c : row.getCells()) s.append(' ').append(c.getColumnKey()).append('=').append(c.getValue() != null ? c.getValue().toPlainString() : c.getKind());
                System.out.println(s);
            }
            for (LabelDeviation d : t.getLabelDeviations()) System.out.println("  DEV " + d.getKey() + " col=" + d.isColumn() + " " + d.getFound() + " -> " + d.getCanonical() + " " + d.getMatch() + " d=" + d.getDistance() + " L" + d.getLine());
        }
        for (ParseProblem p : r.problems()) System.out.println("PROB " + p.getCode() + " " + p.getTable() + "." + p.getRowKey() + " L" + p.getLine() + " " + p.getDetail() + " [" + p.getQuote() + "]");
    }
}
