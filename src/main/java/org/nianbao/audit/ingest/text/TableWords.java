package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * The printed words of one table in both template versions — row labels and their variants, group and block
 * headers, column headers, other header words — matched in compact text at a position, longest first. A list
 * number matches as "1." or "1、" alike. Table 2's note "（本列数据的勾稽关系为：…）" is one word up to its
 * closing bracket, whatever its wording. Immutable; built once per vocabulary.
 */
final class TableWords {
    private static final String NOTE = "本列数据";
    private static final int MAX_NOTE = 60;

    /** Distinct first characters, sorted, and per first character its words longest first. */
    private final char[] firsts;
    private final String[][] byFirst;
    private final boolean note;
    private final Set<String> headers;

    private TableWords(Set<String> words, Set<String> headers, boolean note) {
        this.note = note;
        this.headers = Set.copyOf(headers);
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        Map<Character, List<String>> grouped = new HashMap<>();
        for (String w : sorted) {
            grouped.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        this.firsts = new char[grouped.size()];
        int k = 0;
        for (char c : grouped.keySet()) {
            firsts[k++] = c;
        }
        Arrays.sort(firsts);
        this.byFirst = new String[firsts.length][];
        for (int i = 0; i < firsts.length; i++) {
            byFirst[i] = grouped.get(firsts[i]).toArray(new String[0]);
        }
    }

    /** True for a column header or other header word of the table (compact form). */
    boolean isHeader(String compactWord) {
        return headers.contains(compactWord);
    }

    static TableWords of(TableKind table, TemplateVocabulary vocabulary) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> headers = new LinkedHashSet<>();
        for (TemplateVersion v : TemplateVersion.values()) {
            for (RowSpec row : vocabulary.rows(v, table)) {
                add(words, row.label());
                row.variants().forEach(w -> add(words, w));
                if (row.group() != null) {
                    add(words, row.group());
                    shortForms(row.group()).forEach(w -> add(words, w));
                }
                for (ColumnSpec col : row.columns()) {
                    add(words, col.label());
                    col.variants().forEach(w -> add(words, w));
                    add(headers, col.label());
                    col.variants().forEach(w -> add(headers, w));
                }
            }
        }
        vocabulary.headerWords(table).forEach(w -> add(words, w));
        vocabulary.headerWords(table).forEach(w -> add(headers, w));
        return new TableWords(words, headers, table == TableKind.T2);
    }

    /** Length of the longest word of this table starting at {@code i} of compact text {@code c}, or 0. */
    int match(String c, int i) {
        if (note && c.startsWith(NOTE, c.startsWith("(", i) ? i + 1 : i)) {
            return noteLength(c, i);
        }
        // a table's words start with few characters: most positions are rejected by one binary search
        int at = Arrays.binarySearch(firsts, c.charAt(i));
        if (at < 0) {
            return 0;
        }
        for (String w : byFirst[at]) {
            if (matchesAt(c, i, w)) {
                return w.length();
            }
        }
        return 0;
    }

    /** "(本列数据…)" up to its closing bracket; without brackets, up to "之和". */
    private static int noteLength(String c, int i) {
        int limit = Math.min(c.length(), i + MAX_NOTE);
        boolean bracketed = c.charAt(i) == '(';
        for (int j = i + 1; j < limit; j++) {
            if (bracketed && c.charAt(j) == ')') {
                return j + 1 - i;
            }
            if (!bracketed && c.startsWith("之和", j) && !c.startsWith("之和,", j)) {
                return j + 2 - i;
            }
        }
        return 0;
    }

    private static boolean matchesAt(String c, int i, String w) {
        if (i + w.length() > c.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char a = c.charAt(i + k);
            char b = w.charAt(k);
            if (a != b && !(b == '.' && a == '、')) {
                return false;
            }
        }
        return true;
    }

    /** A word's compact form, with the list number's "、" unified to "." (matching takes either). */
    private static void add(Set<String> words, String printed) {
        String c = Normalizer.compact(printed);
        int digits = 0;
        while (digits < c.length() && Character.isDigit(c.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < c.length() && c.charAt(digits) == '、') {
            c = c.substring(0, digits) + '.' + c.substring(digits + 1);
        }
        if (!c.isEmpty()) {
            words.add(c);
        }
    }

    /** 第二十条第（五）项 is also printed 第二十条第五项. */
    private static List<String> shortForms(String group) {
        String c = Normalizer.compact(group);
        int open = c.indexOf('(');
        int close = c.indexOf(')');
        if (!c.startsWith("第二十条") || open < 0 || close < open) {
            return List.of();
        }
        return List.of(c.substring(0, open) + c.substring(open + 1, close) + c.substring(close + 1));
    }
}
