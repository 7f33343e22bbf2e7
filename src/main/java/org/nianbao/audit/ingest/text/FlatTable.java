package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TableKind;

/**
 * A statistics table found inside a flattened line, as compact-text ranges: the span it covers and its
 * pieces in reading order — each a printed word of the table (a row label, a header) with the value text
 * printed after it, if any. Value text is kept whole: whether "4000004" is seven cells is the parser's
 * call, not the recogniser's.
 */
record FlatTable(TableKind kind, int start, int end, List<Piece> pieces) {
    /** A printed word [labelStart, labelEnd) and the value text [valueStart, valueEnd) after it (empty when none). */
    record Piece(int labelStart, int labelEnd, int valueStart, int valueEnd) {
        boolean hasLabel() {
            return labelEnd > labelStart;
        }

        boolean hasValue() {
            return valueEnd > valueStart;
        }
    }

    FlatTable {
        pieces = List.copyOf(pieces);
    }

    /** Collects pieces while a table is scanned. */
    static final class Builder {
        private final List<Piece> pieces = new ArrayList<>();

        void word(int start, int end) {
            pieces.add(new Piece(start, end, end, end));
        }

        /** Value text after the last word; a second run after it (no word between) makes a piece of its own. */
        void value(int start, int end) {
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && !last.hasValue()) {
                pieces.set(pieces.size() - 1, new Piece(last.labelStart(), last.labelEnd(), start, end));
            } else {
                pieces.add(new Piece(start, start, start, end));
            }
        }

        /** Short unknown text right after a word, before its values ("政府集中采购（元）"): part of the word. */
        boolean extendWord(int end) {
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last == null || last.hasValue()) {
                return false;
            }
            pieces.set(pieces.size() - 1, new Piece(last.labelStart(), end, end, end));
            return true;
        }

        /** Cuts the last value run to end at {@code end}. */
        void trimLastValue(int end) {
            Piece last = pieces.get(pieces.size() - 1);
            pieces.set(pieces.size() - 1, new Piece(last.labelStart(), last.labelEnd(), last.valueStart(), end));
        }

        boolean isEmpty() {
            return pieces.isEmpty();
        }

        Piece last() {
            return pieces.get(pieces.size() - 1);
        }

        FlatTable build(TableKind kind, int start) {
            int end = pieces.isEmpty() ? start : Math.max(last().labelEnd(), last().valueEnd());
            return new FlatTable(kind, start, end, pieces);
        }
    }
}
