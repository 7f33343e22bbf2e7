package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.table.digits.NarrativeHintFinder;
import org.nianbao.audit.parse.table.digits.NarrativeHints;

/**
 * The numbers the narrative states for single table cells, found in the lines outside the tables, and only
 * when a glued row first asks for them (most documents never do). One per parse call: not shared.
 */
final class NarrativeLines implements Supplier<NarrativeHints> {
    private final List<TextLine> lines;
    private final List<Token> tokens;
    private final Collection<Region> regions;
    private NarrativeHints found;

    NarrativeLines(List<TextLine> lines, List<Token> tokens, Collection<Region> regions) {
        this.lines = lines;
        this.tokens = tokens;
        this.regions = List.copyOf(regions);
    }

    @Override
    public NarrativeHints get() {
        if (found == null) {
            List<NarrativeHints.Hint> hints = new ArrayList<>();
            for (TextLine line : lines) {
                if (!inTable(line.getNumber()) && line.getText() != null) {
                    hints.addAll(NarrativeHintFinder.find(line.getText(), line.getNumber()));
                }
            }
            found = NarrativeHints.of(hints);
        }
        return found;
    }

    private boolean inTable(int line) {
        for (Region r : regions) {
            if (r.to() > r.from() && line >= tokens.get(r.from()).line() && line <= tokens.get(r.to() - 1).line()) {
                return true;
            }
        }
        return false;
    }
}
