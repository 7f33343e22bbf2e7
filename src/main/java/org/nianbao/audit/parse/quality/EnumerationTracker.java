package org.nianbao.audit.parse.quality;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.EnumerationBreak;
import org.nianbao.audit.model.EnumerationFault;
import org.nianbao.audit.model.TextLine;

/**
 * Follows the open lists of a text as a stack, one list per marker kind: a marker of a kind already open
 * continues that list and ends the lists nested in its previous item ("（二）" after "一是…二是" ends the 一是
 * list); a marker of a kind not open starts a list nested in the current item. A step that is neither the next
 * ordinal nor a fresh start at 1 after two or more items is a break; the list then goes on from the marker, so
 * one slip is reported once. A weak marker (after running text) is only taken when it fits the sequence.
 */
final class EnumerationTracker {
    /** Characters of context quoted either side of a marker. */
    private static final int CONTEXT = 14;

    private final List<OpenList> open = new ArrayList<>();
    private final List<EnumerationBreak> breaks = new ArrayList<>(0);

    /** A part's heading or a table: every list ends. */
    void endAll() {
        open.clear();
    }

    /** A new paragraph: the inline lists (一是, 第一) end; headed lists (（一）, 1.) go on. */
    void endParagraph() {
        open.removeIf(l -> l.kind.inline());
    }

    void accept(Marker marker, TextLine line) {
        if (marker.kind() == MarkerKind.SECTION) {
            open.clear();
            return;
        }
        int at = indexOf(marker.kind());
        if (at < 0) {
            if (marker.strong()) {
                open.add(new OpenList(marker, line));
            }
            return;
        }
        OpenList list = open.get(at);
        boolean continues = marker.ordinal() == list.last + 1;
        boolean restarts = marker.ordinal() == 1 && list.last >= 2;
        if (!continues && !restarts && !marker.strong()) {
            return;
        }
        while (open.size() > at + 1) {
            open.remove(open.size() - 1);
        }
        if (!continues && !restarts) {
            breaks.add(breakAt(list, marker, line));
        }
        list.advance(marker, line);
    }

    List<EnumerationBreak> breaks() {
        return breaks;
    }

    private int indexOf(MarkerKind kind) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).kind == kind) {
                return i;
            }
        }
        return -1;
    }

    private static EnumerationBreak breakAt(OpenList list, Marker marker, TextLine line) {
        boolean skipped = marker.ordinal() > list.last + 1;
        String text = line.getText();
        return new EnumerationBreak(skipped ? EnumerationFault.SKIPPED : EnumerationFault.REPEATED, list.kind.pattern(),
                list.lastPrinted, list.last, list.lastLine, marker.printed(text), marker.ordinal(),
                skipped ? list.kind.markers(list.last + 1, marker.ordinal() - 1) : "",
                line.getNumber(), line.getSection(), FoldedText.around(text, marker.start(), marker.end(), CONTEXT));
    }

    /** One list being read: its kind, last ordinal and where that was printed. */
    private static final class OpenList {
        private final MarkerKind kind;
        private int last;
        private String lastPrinted;
        private int lastLine;

        OpenList(Marker first, TextLine line) {
            this.kind = first.kind();
            advance(first, line);
        }

        void advance(Marker marker, TextLine line) {
            last = marker.ordinal();
            lastPrinted = marker.printed(line.getText());
            lastLine = line.getNumber();
        }
    }
}
