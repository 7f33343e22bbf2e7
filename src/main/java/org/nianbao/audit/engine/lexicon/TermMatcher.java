package org.nianbao.audit.engine.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Aho–Corasick automaton over folded terms: one pass over a line finds every term in it, in time
 * linear in the line plus the hits. Terms made of ASCII letters or digits at an edge only match as
 * whole words there ("av" must not fire inside "java"); CJK terms match anywhere.
 */
final class TermMatcher {
    /** A term as the automaton knows it: its folded form and where it came from. */
    record Entry(String lexicon, String term, String folded) {
    }

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<List<Entry>> output = new ArrayList<>();
    /**
     * The root's transitions as a dense table: almost every character of ordinary text leaves the root
     * at once, so this one array lookup is the common path (0 = stay at the root).
     */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];
    /**
     * The transitions of every node, frozen after construction as sorted characters and their targets (binary
     * searched): a scan looks them up for every character met away from the root, without boxing it.
     */
    private final char[][] edgeChars;
    private final int[][] edgeTargets;
    private final int[] failOf;
    /** Per ASCII letter, the longest term made of that letter alone ("xxx"), 0 when none. */
    private final int[] longestRun = new int[26];

    TermMatcher(List<Entry> entries) {
        newNode();
        for (Entry e : entries) {
            if (!e.folded().isEmpty()) {
                add(e);
                char letter = repeatedLetter(e.folded());
                if (letter != 0) {
                    longestRun[letter - 'a'] = Math.max(longestRun[letter - 'a'], e.folded().length());
                }
            }
        }
        link();
        next.get(0).forEach((c, to) -> fromRoot[c] = to);
        int nodes = next.size();
        edgeChars = new char[nodes][];
        edgeTargets = new int[nodes][];
        failOf = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            TreeMap<Character, Integer> edges = new TreeMap<>(next.get(node));
            edgeChars[node] = new char[edges.size()];
            edgeTargets[node] = new int[edges.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> edge : edges.entrySet()) {
                edgeChars[node][k] = edge.getKey();
                edgeTargets[node][k++] = edge.getValue();
            }
            failOf[node] = fail.get(node);
        }
    }

    /**
     * Calls {@code hit} once for each occurrence of a term in {@code text} seen through {@code fold}
     * (folding character by character, so a line is matched without building a folded copy).
     */
    void scan(String text, TextFold fold, Consumer<Entry> hit) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, fold.foldChar(text.charAt(i)));
            if (state == 0) {
                continue;
            }
            List<Entry> ends = output.get(state);
            for (int k = 0; k < ends.size(); k++) {
                Entry e = ends.get(k);
                int start = i - e.folded().length() + 1;
                if (wholeWord(text, fold, start, i + 1, e.folded())) {
                    hit.accept(e);
                }
            }
        }
    }

    private int step(int from, char c) {
        int state = from;
        while (state != 0) {
            int k = Arrays.binarySearch(edgeChars[state], c);
            if (k >= 0) {
                return edgeTargets[state][k];
            }
            state = failOf[state];
        }
        return fromRoot[c];
    }

    private void add(Entry e) {
        int state = 0;
        for (int i = 0; i < e.folded().length(); i++) {
            char c = e.folded().charAt(i);
            Integer to = next.get(state).get(c);
            if (to == null) {
                to = newNode();
                next.get(state).put(c, to);
            }
            state = to;
        }
        output.get(state).add(e);
    }

    /** Breadth-first failure links; each node inherits the outputs of its failure target. */
    private void link() {
        Deque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            fail.set(child, 0);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Character, Integer> edge : next.get(node).entrySet()) {
                int child = edge.getValue();
                int f = fail.get(node);
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail.get(f);
                }
                Integer target = next.get(f).get(edge.getKey());
                int link = target == null || target == child ? 0 : target;
                fail.set(child, link);
                output.get(child).addAll(output.get(link));
                queue.add(child);
            }
        }
    }

    private int newNode() {
        next.add(new HashMap<>());
        fail.add(0);
        output.add(new ArrayList<>());
        return next.size() - 1;
    }

    private boolean wholeWord(String text, TextFold fold, int start, int end, String term) {
        char repeated = repeatedLetter(term);
        if (repeated != 0 && term.length() == longestRun[repeated - 'a']) {
            // the longest listed run of a letter ("xxx") also stands for longer runs ("XXXX年X月X日"): the whole
            // run is then the word; shorter listed runs keep matching only runs of their own length
            while (start > 0 && fold.foldChar(text.charAt(start - 1)) == repeated) {
                start--;
            }
            while (end < text.length() && fold.foldChar(text.charAt(end)) == repeated) {
                end++;
            }
        }
        boolean leftOk = !isWordChar(term.charAt(0)) || start == 0 || !isWordChar(fold.foldChar(text.charAt(start - 1)));
        boolean rightOk = !isWordChar(term.charAt(term.length() - 1)) || end == text.length()
                || !isWordChar(fold.foldChar(text.charAt(end)));
        return leftOk && rightOk;
    }

    /** The letter of a term made of one ASCII letter repeated ("xx", "xxx"), or 0. */
    private static char repeatedLetter(String term) {
        char c = term.charAt(0);
        if (term.length() < 2 || c < 'a' || c > 'z') {
            return 0;
        }
        for (int i = 1; i < term.length(); i++) {
            if (term.charAt(i) != c) {
                return 0;
            }
        }
        return c;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
