package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Splits lines into cell tokens whatever the layout: Markdown pipes, TSV, runs of spaces (PDF-to-text),
 * or one cell per line with or without a tab prefix. A single-space gap splits only a trailing run of
 * values off a field ("行政许可 22", "0 0 0"), so labels such as "结果 维持" stay whole. Linear in the
 * input: one pass per line, no regular expressions.
 */
final class LineTokenizer {
    /** Longer than any template label with its values printed on one line (the longest label is ~40 characters). */
    private static final int NARRATIVE_LENGTH = 160;

    private LineTokenizer() {
    }

    static List<Token> tokenize(List<TextLine> lines, int from, int to) {
        // whether a line is a TSV row is asked three times of it: counted once
        boolean[] tsv = new boolean[to - from];
        for (int i = from; i < to; i++) {
            String text = lines.get(i).getText();
            tsv[i - from] = text != null && isTsvRow(text);
        }
        boolean[] artefact = TrailingDelimiters.artefacts(lines, from, to, tsv);
        List<Token> tokens = new ArrayList<>(to - from);
        boolean afterTabCell = false;
        for (int i = from; i < to; i++) {
            TextLine line = lines.get(i);
            tokenizeLine(line, afterTabCell, artefact[i - from], tsv[i - from], tokens);
            afterTabCell = startsWithTab(line, tsv[i - from]);
        }
        return tokens;
    }

    /**
     * @param afterTabCell     the line before is a tab-prefixed cell: a line of spaces is then a blank cell
     *                         of the same row, not the blank line between rows
     * @param trailingArtefact the line's last empty field comes from a trailing delimiter every row of its
     *                         table has, and is no cell
     * @param tsv              the line is a TSV row ({@link #isTsvRow})
     */
    private static void tokenizeLine(TextLine line, boolean afterTabCell, boolean trailingArtefact, boolean tsv,
                                     List<Token> out) {
        String text = line.getText() == null ? "" : line.getText();
        String stripped = strip(text);
        int number = line.getNumber();
        if (stripped.isEmpty()) {
            // a lone tab is an empty cell of the one-cell-per-line layout; a blank line separates rows
            if (text.indexOf('\t') >= 0 || (afterTabCell && !text.isEmpty())) {
                out.add(Token.blankLine(number));
            }
            return;
        }
        if (stripped.length() > NARRATIVE_LENGTH && text.indexOf('\t') < 0 && text.indexOf('|') < 0) {
            // a paragraph of narrative: no table row or cell is this long, so it is one token, unsplit
            out.add(Token.of(stripped, compactOf(line), number));
            return;
        }
        if (stripped.charAt(0) == '#') {
            // a Markdown heading inside or between tables ("## 第二十条第（五）项", "### 行政诉讼"): its text is one
            // cell, a block header or a heading, never values
            String heading = strip(stripped.substring(headingMarks(stripped)));
            if (!heading.isEmpty()) {
                out.add(Token.of(heading, number, Token.WHOLE_LINE));
            }
            return;
        }
        if (stripped.charAt(0) == '|') {
            pipeFields(stripped, number, trailingArtefact, out);
        } else if (text.indexOf('\t') >= 0) {
            // decided on the line as printed: a leading tab marks the one-cell-per-line layout
            if (tsv) {
                tabFields(text, number, trailingArtefact, out);
            } else {
                // one cell behind tabs ("\t规\u00a0\u00a0 章"), the layout's commonest line: kept whole, inner
                // spaces included; the other fields are blank, so its compact form is the line's own
                out.add(Token.of(stripped, compactOf(line), number));
            }
        } else if (!hasSpace(stripped)) {
            // one cell per line, the commonest line of all: its compact form is the line's own
            out.add(Token.of(stripped, compactOf(line), number));
        } else {
            spaceFields(stripped, number, Token.WHOLE_LINE, out);
        }
    }

    /** Length of the leading Markdown heading marks ("## "), 0 when the line is no such heading ("#1" is text). */
    private static int headingMarks(String stripped) {
        int i = 0;
        while (i < stripped.length() && stripped.charAt(i) == '#') {
            i++;
        }
        return i < stripped.length() && i <= 6 && Normalizer.isSpace(stripped.charAt(i)) ? i : 0;
    }

    /** The line's matching view; the same as compacting the stripped text, since stripping only drops spaces. */
    private static String compactOf(TextLine line) {
        return line.getNormalized() != null ? line.getNormalized() : Normalizer.compact(line.getText());
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Normalizer.isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A cell of the one-cell-per-line layout with tab prefix ("\t 6 ", a lone tab), not a TSV row. */
    private static boolean startsWithTab(TextLine line, boolean tsv) {
        String text = line.getText();
        return text != null && !text.isEmpty() && text.charAt(0) == '\t' && !tsv;
    }

    private static void pipeFields(String stripped, int number, boolean trailingArtefact, List<Token> out) {
        if (isSeparatorRow(stripped)) {
            return;
        }
        List<String> fields = pipeFieldsOf(stripped);
        int end = fields.size();
        if (trailingArtefact && end > 0 && isBlank(fields.get(end - 1))) {
            end--;
        }
        for (int k = 0; k < end; k++) {
            addField(MarkdownCell.clean(fields.get(k)), number, k, out);
        }
    }

    /** The fields between the pipes of a row, the closing pipe not counted as opening a field. */
    static List<String> pipeFieldsOf(String stripped) {
        int end = stripped.length();
        if (end > 1 && stripped.charAt(end - 1) == '|') {
            end--;
        }
        return split(stripped.substring(1, end), '|');
    }

    private static void tabFields(String text, int number, boolean trailingArtefact, List<Token> out) {
        List<String> fields = split(text, '\t');
        // empty fields after the last value are cells (a blank 总计), except the trailing tab every row has
        int last = fields.size() - 1;
        if (trailingArtefact && isBlank(fields.get(last))) {
            last--;
        }
        // leading tabs before a label are an indent or merged label cells; before a value (a data row
        // without label, table 3) they are blank cells
        int first = 0;
        boolean dataRow = startsWithValue(fields);
        while (!dataRow && first < last && fields.get(first).isEmpty()) {
            first++;
        }
        for (int k = first; k <= last; k++) {
            String f = fields.get(k);
            if (isBlank(f)) {
                out.add(Token.of("", number, k));
            } else {
                spaceFields(strip(f), number, k, out);
            }
        }
    }

    private static boolean startsWithValue(List<String> fields) {
        for (String f : fields) {
            if (!isBlank(f)) {
                return CellReader.isValueLike(f);
            }
        }
        return false;
    }

    /** True for a TSV row: a line with tabs and at least two non-empty fields. */
    static boolean isTsvRow(String text) {
        // asked of every line, often twice: counted in place instead of splitting the line into fields
        if (text.indexOf('\t') < 0) {
            return false;
        }
        int nonEmpty = 0;
        boolean fieldHasText = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t') {
                if (fieldHasText && ++nonEmpty >= 2) {
                    return true;
                }
                fieldHasText = false;
            } else if (!Normalizer.isSpace(text.charAt(i))) {
                fieldHasText = true;
            }
        }
        return false;
    }

    /** True when {@code s} is nothing but white space: the same as {@code strip(s).isEmpty()}, without the copy. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Normalizer.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits on runs of two or more spaces, then splits trailing values off each field. {@code field} is
     * the position the text has in its line; the pieces of a split text have none.
     */
    private static void spaceFields(String stripped, int number, int field, List<Token> out) {
        int pieceField = hasSpaceRun(stripped) ? Token.PIECE : field;
        int start = 0;
        int i = 0;
        int n = stripped.length();
        while (i < n) {
            if (Normalizer.isSpace(stripped.charAt(i))) {
                int runEnd = i;
                while (runEnd < n && Normalizer.isSpace(stripped.charAt(runEnd))) {
                    runEnd++;
                }
                if (runEnd - i >= 2) {
                    addField(stripped.substring(start, i), number, pieceField, out);
                    start = runEnd;
                }
                i = runEnd;
            } else {
                i++;
            }
        }
        addField(stripped.substring(start, n), number, pieceField, out);
    }

    private static boolean hasSpaceRun(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Normalizer.isSpace(s.charAt(i)) && Normalizer.isSpace(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static void addField(String text, int number, int field, List<Token> out) {
        String f = strip(text);
        if (f.isEmpty()) {
            out.add(Token.of("", number, field));
            return;
        }
        List<int[]> pieces = pieces(f);
        if (pieces.size() < 2) {
            out.add(Token.of(f, number, field));
            return;
        }
        int firstValue = pieces.size();
        while (firstValue > 0) {
            int[] p = pieces.get(firstValue - 1);
            if (!CellReader.isValueLike(f.substring(p[0], p[1]))) {
                break;
            }
            firstValue--;
        }
        if (firstValue == pieces.size()) {
            out.add(Token.of(f, number, field));
            return;
        }
        if (firstValue > 0) {
            out.add(Token.of(strip(f.substring(0, pieces.get(firstValue - 1)[1])), number, Token.PIECE));
        }
        for (int k = firstValue; k < pieces.size(); k++) {
            int[] p = pieces.get(k);
            out.add(Token.spaced(f.substring(p[0], p[1]), number));
        }
    }

    /** Start/end offsets of the space-separated pieces of a field. */
    private static List<int[]> pieces(String f) {
        List<int[]> pieces = new ArrayList<>();
        int i = 0;
        int n = f.length();
        while (i < n) {
            while (i < n && Normalizer.isSpace(f.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Normalizer.isSpace(f.charAt(i))) {
                i++;
            }
            if (i > s) {
                pieces.add(new int[] {s, i});
            }
        }
        return pieces;
    }

    static boolean isSeparatorRow(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '|' && c != '-' && c != ':' && !Normalizer.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    static List<String> split(String s, char sep) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    /** Trims every kind of white space, NBSP and ideographic space included (String.strip misses NBSP). */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && Normalizer.isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && Normalizer.isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
