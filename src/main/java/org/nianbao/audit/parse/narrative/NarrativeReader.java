package org.nianbao.audit.parse.narrative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.audit.model.ClaimKind;
import org.nianbao.audit.model.NarrativeClaim;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TextLine;

/**
 * Extracts the checkable statements of the narrative: every line outside the statistical tables, with
 * sentences the file wrapped over two lines joined ({@link WrappedLines}), cut into sentences, run through the
 * claim matchers. Duplicates (two phrasings of one claim in one
 * sentence) are dropped. Stateless, thread-safe; linear in the text length.
 */
public final class NarrativeReader {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final List<ClaimMatcher> matchers = ClaimCatalog.matchers();

    public List<NarrativeClaim> read(List<TextLine> lines, List<StatTable> tables) {
        boolean[] inTable = tableLines(lines.size(), tables);
        List<NarrativeClaim> claims = new ArrayList<>();
        List<NarrativeClaim> found = new ArrayList<>(); // per sentence; most sentences claim nothing
        for (TextLine line : WrappedLines.join(lines, inTable)) {
            for (Sentence sentence : splitter.split(line)) {
                for (ClaimMatcher matcher : matchers) {
                    matcher.match(sentence, found);
                }
                if (!found.isEmpty()) {
                    claims.addAll(distinct(found));
                    found.clear();
                }
            }
        }
        return claims;
    }

    private static boolean[] tableLines(int size, List<StatTable> tables) {
        boolean[] in = new boolean[size];
        for (StatTable t : tables) {
            for (int n = Math.max(1, t.getStartLine()); n <= Math.min(size, t.getEndLine()); n++) {
                in[n - 1] = true;
            }
        }
        return in;
    }

    /** Keeps the first of claims equal in kind and value (YEAR_MENTION keeps every occurrence). */
    private static List<NarrativeClaim> distinct(List<NarrativeClaim> found) {
        Set<String> seen = new LinkedHashSet<>();
        List<NarrativeClaim> out = new ArrayList<>(found.size());
        for (NarrativeClaim claim : found) {
            boolean everyOccurrence = claim.getKind() == ClaimKind.YEAR_MENTION;
            if (everyOccurrence || seen.add(claim.getKind() + ":" + claim.getValue())) {
                out.add(claim);
            }
        }
        return out;
    }
}
