package org.nianbao.audit.engine.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.nianbao.audit.engine.facts.LexiconHit;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Every {@code lexicons/*.txt} of the rules folder, named by its file name without ".txt", compiled
 * into one matcher. Matching is deliberately dumb: every occurrence on every line becomes a hit and the
 * rules judge what it means (page chrome in a short line, spam anywhere). Immutable and thread-safe.
 */
public final class Lexicons {
    private static final String FOLDER = "lexicons/";
    private static final String SUFFIX = ".txt";

    private final List<Lexicon> lexicons;
    private final TextFold fold;
    private final TermMatcher matcher;

    private Lexicons(List<Lexicon> lexicons, TextFold fold) {
        this.lexicons = List.copyOf(lexicons);
        this.fold = fold;
        List<TermMatcher.Entry> entries = new ArrayList<>();
        for (Lexicon lexicon : lexicons) {
            for (String term : lexicon.terms()) {
                entries.add(new TermMatcher.Entry(lexicon.name(), term, fold.fold(term)));
            }
        }
        this.matcher = new TermMatcher(entries);
    }

    /** The lexicons among {@code files} (paths relative to the rules root). */
    public static Lexicons from(SortedMap<String, String> files) {
        List<Lexicon> found = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            String path = f.getKey();
            if (path.startsWith(FOLDER) && path.endsWith(SUFFIX) && path.indexOf('/', FOLDER.length()) < 0) {
                String name = path.substring(FOLDER.length(), path.length() - SUFFIX.length());
                found.add(Lexicon.parse(name, f.getValue()));
            }
        }
        return new Lexicons(found, TextFold.standard());
    }

    /** The parser's normalised view when it has one (no second NFKC pass), else the raw text normalised. */
    private static String matchingView(TextLine line) {
        if (line.getNormalized() != null) {
            return line.getNormalized();
        }
        return line.getText() == null ? "" : Normalizer.compact(line.getText());
    }

    public List<Lexicon> lexicons() {
        return lexicons;
    }

    /** One hit per lexicon, term and line, in line order. */
    public List<LexiconHit> scan(List<TextLine> lines) {
        List<LexiconHit> hits = new ArrayList<>();
        // asked of every line of every report, and most lines hold no term: one collector for all of them
        List<TermMatcher.Entry> found = new ArrayList<>(4);
        Consumer<TermMatcher.Entry> collect = e -> {
            if (!found.contains(e)) { // one hit per term and line, in the order first seen
                found.add(e);
            }
        };
        for (TextLine line : lines) {
            String view = matchingView(line);
            matcher.scan(view, fold, collect);
            for (int i = 0; i < found.size(); i++) {
                TermMatcher.Entry e = found.get(i);
                hits.add(new LexiconHit(e.lexicon(), e.term(), line.getNumber(), line.getSection(), line.getQuote(),
                        view, firstOfLexicon(found, i)));
            }
            found.clear();
        }
        return hits;
    }

    /** True when no entry before {@code i} comes from the same lexicon: the line's first hit of that lexicon. */
    private static boolean firstOfLexicon(List<TermMatcher.Entry> found, int i) {
        String lexicon = found.get(i).lexicon();
        for (int k = 0; k < i; k++) {
            if (found.get(k).lexicon().equals(lexicon)) {
                return false;
            }
        }
        return true;
    }
}
