package org.nianbao.audit.parse.quality;

import java.util.List;
import org.nianbao.audit.model.EnumerationBreak;
import org.nianbao.audit.model.TextLine;

/**
 * Reads every prose line's ordinal markers in document order into an {@link EnumerationTracker}. The six
 * parts' headings and the tables are not prose: a heading line or a table's lines end every list, and a
 * marker that begins a table-2 row ("（一）予以公开", "2.重复申请", run into the prose by crawling) is passed over.
 */
final class EnumerationFinder {
    private final MarkerReader reader = new MarkerReader();
    private final TableVocabulary vocabulary;

    EnumerationFinder(TableVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<EnumerationBreak> find(List<TextLine> lines, ProseMap prose) {
        Scan scan = scan(prose);
        for (TextLine line : lines) {
            scan.line(line, line.getText().toCharArray());
        }
        return scan.breaks();
    }

    /** A reading of one report, fed its lines in order. */
    Scan scan(ProseMap prose) {
        return new Scan(prose);
    }

    final class Scan {
        private final ProseMap prose;
        private final EnumerationTracker tracker = new EnumerationTracker();
        /** The file line the last prose line came from: sentences cut from one printed line are one paragraph. */
        private int sourceLine = -1;

        private Scan(ProseMap prose) {
            this.prose = prose;
        }

        /** The next line, whose characters {@code chars} holds from index 0. */
        void line(TextLine line, char[] chars) {
            if (!prose.isProse(line)) {
                tracker.endAll();
                sourceLine = -1;
                return;
            }
            // a body printed on one line (a crawl) is cut into sentences by the reader: they share their file
            // line and remain one paragraph; every other line (a text line, a web or Word paragraph) is its own
            int from = line.getSpan().line();
            if (from == 0 || from != sourceLine || line.getSpan().column() == 0) {
                tracker.endParagraph();
            }
            sourceLine = from;
            String text = line.getText();
            for (Marker marker : reader.read(chars, text.length())) {
                if (marker.kind() != MarkerKind.SECTION && vocabulary.startsTableRow(text, marker.end())) {
                    continue;
                }
                tracker.accept(marker, line);
            }
        }

        List<EnumerationBreak> breaks() {
            return tracker.breaks();
        }
    }
}
