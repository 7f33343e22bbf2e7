package org.nianbao.audit.parse.narrative;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;

/** One sentence of narrative: as printed (evidence), its compact view (matching), where it stands. */
record Sentence(String text, String compact, int line, int section) {
    private static final String CLAUSE_BREAKS = ",，;；:：";

    /** The compact view cut at commas, semicolons and colons: a count belongs to its own clause. */
    List<String> clauses() {
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
        return clauses;
    }

    NarrativeClaim claim(ClaimKind kind, Integer value) {
        return new NarrativeClaim(kind, value, section, line, text);
    }
}
