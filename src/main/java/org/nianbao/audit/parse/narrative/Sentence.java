package org.nianbao.audit.parse.narrative;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;

/**
 * One sentence of narrative: as printed (evidence), its compact view (matching) cut into clauses once,
 * and where it stands.
 */
final class Sentence {
    private static final String CLAUSE_BREAKS = ",，;；:：";

    private final String text;
    private final String compact;
    private final int line;
    private final int section;
    private final List<String> clauses;

    Sentence(String text, String compact, int line, int section) {
        this.text = text;
        this.compact = compact;
        this.line = line;
        this.section = section;
        this.clauses = cut(compact);
    }

    String compact() {
        return compact;
    }

    /** The compact view cut at commas, semicolons and colons: a count belongs to its own clause. */
    List<String> clauses() {
        return clauses;
    }

    NarrativeClaim claim(ClaimKind kind, Integer value) {
        return new NarrativeClaim(kind, value, section, line, text);
    }

    private static List<String> cut(String compact) {
        List<String> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= compact.length(); i++) {
            if (i == compact.length() || CLAUSE_BREAKS.indexOf(compact.charAt(i)) >= 0) {
                if (i > start) {
                    clauses.add(compact.substring(start, i));
                }
                start = i + 1;
            }
        }
        return List.copyOf(clauses);
    }
}
