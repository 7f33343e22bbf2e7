package org.nianbao.audit.parse.quality;

import java.util.List;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TextLine;

/**
 * Which lines are prose: not a part's heading line and not inside a table the parser found over several lines.
 * A table or heading found inside one long line (a crawled page with the whole body on one line) does not make
 * that line non-prose: there the table's own words tell the table apart ({@link TableVocabulary}).
 */
final class ProseMap {
    /** A heading line is short; a long line that holds a heading also holds the body. */
    private static final int HEADING_LINE = 40;

    private final boolean[] heading;
    private final boolean[] table;

    private ProseMap(boolean[] heading, boolean[] table) {
        this.heading = heading;
        this.table = table;
    }

    static ProseMap of(List<TextLine> lines, List<Section> sections, List<StatTable> tables) {
        int count = lines.size();
        boolean[] heading = new boolean[count + 1];
        for (Section s : sections) {
            int n = s.getHeadingLine();
            if (s.getNumber() >= 1 && n >= 1 && n <= count && lines.get(n - 1).getNormalized().length() <= HEADING_LINE) {
                heading[n] = true;
            }
        }
        boolean[] table = new boolean[count + 1];
        for (StatTable t : tables) {
            if (t.getEndLine() > t.getStartLine()) {
                for (int n = Math.max(1, t.getStartLine()); n <= Math.min(count, t.getEndLine()); n++) {
                    table[n] = true;
                }
            }
        }
        return new ProseMap(heading, table);
    }

    boolean isProse(TextLine line) {
        return !flag(heading, line) && !flag(table, line);
    }

    /** Inside a table the parser found over several lines. */
    boolean inTable(TextLine line) {
        return flag(table, line);
    }

    private static boolean flag(boolean[] flags, TextLine line) {
        int n = line.getNumber();
        return n >= 0 && n < flags.length && flags[n];
    }
}
