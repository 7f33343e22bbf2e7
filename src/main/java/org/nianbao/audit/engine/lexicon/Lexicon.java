package org.nianbao.audit.engine.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A word list from {@code lexicons/NAME.txt}: one term per line, {@code #} starts a comment line, blank
 * lines are ignored. The terms are kept as written; matching folds them.
 */
public record Lexicon(String name, List<String> terms) {
    public Lexicon {
        terms = List.copyOf(terms);
    }

    public static Lexicon parse(String name, String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String line : text.split("\n", -1)) {
            String term = line.strip();
            if (!term.isEmpty() && !term.startsWith("#")) {
                terms.add(term);
            }
        }
        return new Lexicon(name, new ArrayList<>(terms));
    }
}
