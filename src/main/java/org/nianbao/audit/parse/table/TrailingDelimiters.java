package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Finds the trailing delimiters that are layout artefacts: in a block of consecutive delimited rows
 * (Markdown pipes or TSV), when EVERY row ends with an empty field, that last field is the exporter's
 * doing ("…\t0\t" on every line) and no cell. When only some rows end so, the empty field is a column
 * like any other, and a blank cell there (a blank 总计) must be kept. Linear in the lines.
 */
final class TrailingDelimiters {
    private TrailingDelimiters() {
    }

    /**
     * Per line of [from, to): true when the line's last empty field is an artefact.
     *
     * @param tsv per line of [from, to): the line is a TSV row ({@link LineTokenizer#isTsvRow})
     */
    static boolean[] artefacts(List<TextLine> lines, int from, int to, boolean[] tsv) {
        boolean[] artefact = new boolean[to - from];
        int i = from;
        while (i < to) {
            if (kind(lines.get(i), tsv[i - from]) != Kind.ROW) {
                i++;
                continue;
            }
            int start = i;
            boolean everyRowTrails = true;
            Kind kind;
            while (i < to && (kind = kind(lines.get(i), tsv[i - from])) != Kind.OTHER) {
                everyRowTrails &= kind == Kind.SEPARATOR || endsWithEmptyField(lines.get(i));
                i++;
            }
            for (int k = start; k < i; k++) {
                artefact[k - from] = everyRowTrails;
            }
        }
        return artefact;
    }

    private enum Kind { ROW, SEPARATOR, OTHER }

    /**
     * A delimited row (pipes or TSV), a Markdown separator row ("|---|---|"), or any other line. Asked of
     * every line of every report: read in place, nothing copied.
     */
    private static Kind kind(TextLine line, boolean tsv) {
        String text = text(line);
        int first = 0;
        while (first < text.length() && Normalizer.isSpace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return Kind.OTHER;
        }
        if (text.charAt(first) == '|') {
            // white space around the row passes the separator test as it does inside
            return LineTokenizer.isSeparatorRow(text) ? Kind.SEPARATOR : Kind.ROW;
        }
        return tsv ? Kind.ROW : Kind.OTHER;
    }

    private static boolean endsWithEmptyField(TextLine line) {
        String stripped = LineTokenizer.strip(text(line));
        List<String> fields = stripped.charAt(0) == '|'
                ? LineTokenizer.pipeFieldsOf(stripped)
                : LineTokenizer.split(text(line), '\t');
        return fields.size() > 1 && LineTokenizer.isBlank(fields.get(fields.size() - 1));
    }

    private static String text(TextLine line) {
        return line.getText() == null ? "" : line.getText();
    }
}
