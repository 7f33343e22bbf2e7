package org.nianbao.audit.parse.quality;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.DoubledWord;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.ChineseNumerals;

/**
 * Finds words of {@value #SHORTEST_WORD} to {@value #LONGEST_WORD} ideographs printed twice in a row within a
 * line ("问题问题", "信息公开信息公开"): for each word length k, a run of k or more positions where a character
 * equals the one k further on is a word followed by itself. About n/k tests per length, so linear in the line.
 * Copies must touch: a space, a digit or a punctuation mark between them ("本报告。本报告包括…", the chain
 * figure 顶真 that these reports use all the time) is not a doubling. What is not a word is left out here:
 * numerals ("二零二零"), and the tables' own labels ("总计总计" from a header cell spanning two columns).
 * Whether a doubling is a legitimate reduplication (研究研究) is for the rules to say.
 */
final class DoubledWordFinder {
    static final int SHORTEST_WORD = 2;
    static final int LONGEST_WORD = 8;
    /** Characters of context quoted either side of the doubling. */
    private static final int CONTEXT = 12;

    private final TableVocabulary vocabulary;

    DoubledWordFinder(TableVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<DoubledWord> find(TextLine line) {
        return find(line, line.getText().toCharArray());
    }

    /** The doublings of {@code line}, whose characters {@code c} holds from index 0 (a buffer reused from line to line). */
    List<DoubledWord> find(TextLine line, char[] c) {
        String text = line.getText();
        int n = text.length();
        if (n < 2 * SHORTEST_WORD) {
            return List.of();
        }
        List<DoubledWord> found = null;
        List<int[]> covered = null;
        for (int k = SHORTEST_WORD; k <= LONGEST_WORD && 2 * k <= n; k++) {
            int limit = n - k;
            // A doubling of length k is a run of at least k positions j with c[j] == c[j + k]; any k consecutive
            // positions hold a multiple of k, so testing those alone finds every run (n/k tests for this k, not n).
            for (int j = 0; j < limit; j += k) {
                if (!matches(c, j, k)) {
                    continue;
                }
                int start = j;
                while (start > 0 && matches(c, start - 1, k)) {
                    start--;
                }
                int stop = j + 1;
                while (stop < limit && matches(c, stop, k)) {
                    stop++;
                }
                int run = stop - start;
                int end = stop + k;
                if (run >= k && !within(covered, start, end) && isWord(text, start, run, k)) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                        covered = new ArrayList<>(2);
                    }
                    covered.add(new int[] {start, end});
                    found.add(doubled(line, start, end, k));
                }
                j = stop - stop % k; // the next multiple of k after the run is the loop's next test
            }
        }
        return found == null ? List.of() : found;
    }

    private static boolean matches(char[] c, int j, int k) {
        return c[j] == c[j + k] && FoldedText.isIdeograph(c[j]);
    }

    /** A run of doubled text [start, start + run + k) is a word unless it is a numeral or a table label. */
    private boolean isWord(String text, int start, int run, int k) {
        boolean numeral = true;
        for (int i = start; i < start + k && numeral; i++) {
            numeral = ChineseNumerals.isNumeral(text.charAt(i));
        }
        if (numeral) {
            return false;
        }
        // any rotation of the repeated unit may be the label ("合计总计总计" repeats 计总 as well as 总计)
        for (int r = start; r <= start + run - k; r++) {
            if (vocabulary.isTableWord(text.substring(r, r + k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(List<int[]> covered, int start, int end) {
        if (covered == null) {
            return false;
        }
        for (int[] c : covered) {
            if (c[0] <= start && end <= c[1]) {
                return true;
            }
        }
        return false;
    }

    private static DoubledWord doubled(TextLine line, int start, int end, int k) {
        String text = line.getText();
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return new DoubledWord(text.substring(start, start + k), text.substring(start, start + 2 * k),
                text.substring(from, to), start - from, end - from, line.getNumber(), line.getSection(),
                FoldedText.around(text, start, start + 2 * k, CONTEXT));
    }
}
