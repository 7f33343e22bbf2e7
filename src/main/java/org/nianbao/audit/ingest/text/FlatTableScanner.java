package org.nianbao.audit.ingest.text;

import java.util.EnumMap;
import java.util.Map;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.parse.text.CompactView;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Reads one statistics table out of a flattened line: from its anchor, a chain of the table's own printed
 * words ({@link TableWords}) and the value text between them. A label glued to the previous row's digits
 * splits by the label's own text ("…信息10000012.没有现成信息…": the template's label is "2.没有现成信息需要另行
 * 制作", so "2." starts it and "1000001" are the values before). Short unknown text between words (a unit
 * note, an unlisted header) stays in the chain; prose — a clause, a sentence — ends the table, as does the
 * limit (the next section heading). Value text printed glued to the prose after the table ("0 2023年，…") is
 * left to the prose.
 */
final class FlatTableScanner {
    /** Unknown text up to this long, without clause punctuation, may sit inside a table (a unit note). */
    private static final int MAX_GAP = 12;
    private static final String CLAUSE = "。,;!?，；！？";
    /** What a printed value may hold besides digits: decimals, signs, placeholders, units, 增/减. */
    private static final String VALUE_CHARS = ".-+/—–元万件笔个项条次份减增";

    private final Map<TableKind, TableWords> words = new EnumMap<>(TableKind.class);

    FlatTableScanner(TemplateVocabulary vocabulary) {
        for (TableKind kind : TableKind.values()) {
            words.put(kind, TableWords.of(kind, vocabulary));
        }
    }

    /** True for a header word of {@code kind} (a column header or other header word), not a row label. */
    boolean isHeaderWord(TableKind kind, String compactWord) {
        return words.get(kind).isHeader(compactWord);
    }

    /** Length of a word of {@code kind} at compact index {@code i}, or 0. */
    int wordAt(TableKind kind, String c, int i) {
        return words.get(kind).match(c, i);
    }

    /** The table of {@code kind} whose anchor is at compact index {@code anchor}, scanned no further than {@code limit}. */
    FlatTable scan(TableKind kind, CompactView view, String line, int anchor, int limit) {
        String c = view.compact();
        TableWords w = words.get(kind);
        FlatTable.Builder b = new FlatTable.Builder();
        int pos = anchor;
        while (pos < limit) {
            int len = w.match(c, pos);
            if (len > 0) {
                b.word(pos, Math.min(pos + len, limit));
                pos += len;
                continue;
            }
            if (startsValue(c.charAt(pos))) {
                int start = pos;
                while (pos < limit && isValueChar(c.charAt(pos)) && (pos == start || w.match(c, pos) == 0)) {
                    pos++;
                }
                b.value(start, pos);
                continue;
            }
            int start = pos;
            while (pos < limit && !startsValue(c.charAt(pos)) && w.match(c, pos) == 0) {
                pos++;
            }
            if (pos - start > MAX_GAP || hasClausePunctuation(c, start, pos) || b.isEmpty()) {
                keepGluedValueOut(b, view, line, start);
                break;
            }
            if (!b.extendWord(pos)) {
                b.word(start, pos);
            }
        }
        return b.build(kind, anchor);
    }

    /**
     * When prose follows the table and the last value piece touches it ("…收费0 2023年，…"), that piece is the
     * prose's: the table's values end at the last white space before it.
     */
    private static void keepGluedValueOut(FlatTable.Builder b, CompactView view, String line, int proseStart) {
        if (b.isEmpty() || !b.last().hasValue() || b.last().valueEnd() != proseStart) {
            return;
        }
        FlatTable.Piece last = b.last();
        int from = view.originalIndex(last.valueStart());
        int to = view.originalEnd(last.valueEnd());
        if (to < line.length() && Normalizer.isSpace(line.charAt(to))) {
            return; // a space before the prose: the values end where printed
        }
        int space = -1;
        for (int i = to - 1; i > from; i--) {
            if (Normalizer.isSpace(line.charAt(i))) {
                space = i;
                break;
            }
        }
        if (space < 0) {
            return;
        }
        int compactEnd = last.valueStart();
        while (compactEnd < last.valueEnd() && view.originalIndex(compactEnd) < space) {
            compactEnd++;
        }
        b.trimLastValue(compactEnd);
    }

    private static boolean hasClausePunctuation(String c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE.indexOf(c.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsValue(char ch) {
        return (ch >= '0' && ch <= '9') || ch == '-' || ch == '+' || ch == '/' || ch == '—' || ch == '–';
    }

    private static boolean isValueChar(char ch) {
        return (ch >= '0' && ch <= '9') || (ch < 0x80 ? ch == '.' || ch == '-' || ch == '+' || ch == '/'
                : VALUE_CHARS.indexOf(ch) >= 0);
    }
}
