package org.nianbao.audit.parse.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Web-page furniture that converters copy around a report (share/print/close buttons, spec D9 Q-BOILER):
 * a line is chrome when it is nothing but one of the terms of the rules' page-chrome word list
 * (rules/lexicons/page-chrome.txt), which the contamination rules read too.
 */
public final class PageChrome {
    private final Set<String> lines;

    public PageChrome(List<String> terms) {
        Set<String> compact = new HashSet<>();
        for (String t : terms) {
            String c = Normalizer.compact(t);
            if (!c.isEmpty()) {
                compact.add(c);
            }
        }
        this.lines = Set.copyOf(compact);
    }

    /** True when a compact line is page furniture and nothing else. */
    public boolean isChrome(String compact) {
        return lines.contains(compact);
    }
}
