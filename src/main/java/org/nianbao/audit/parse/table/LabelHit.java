package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.LabelMatch;

/**
 * The outcome of matching one printed label: the index of the template entry, how it matched, and the
 * edit distance. {@code rivals} lists the entries that were equally close when the match is ambiguous.
 */
record LabelHit(int target, LabelMatch match, int distance, List<Integer> rivals) {
    LabelHit {
        rivals = List.copyOf(rivals);
    }

    boolean ambiguous() {
        return !rivals.isEmpty();
    }
}
