package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.TextLine;

/**
 * Finds the trailing delimiters that are layout artefacts: in a block of consecutive delimited rows
 * (Markdown pipes or TSV), when EVERY row ends with an empty field, that last field is the exporter's
 * doing ("…\t0\t" on every line) and no cell. When only some rows end so, the empty field is a column
 * like any other, and a blank cell there (a blank 总计) must be kept. Linear in the lines.
 */
final class TrailingDelimiters {
    private TrailingDelimiters() {
    }

    /** Per line of [from, to): true when the line's last empty field is an artefact. */
    static boolean[] artefacts(List<TextLine> lines, int from, int to) {
        boolean[] artefact = new boolean[to - from];
        int i = from;
        while (i < to) {
            if (!isDelimitedRow(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean everyRowTrails = true;
            while (i < to && (isDelimitedRow(lines.get(i)) || isSeparator(lines.get(i)))) {
                everyRowTrails &= isSeparator(lines.get(i)) || endsWithEmptyField(lines.get(i));
                i++;
            }
            for (int k = start; k < i; k++) {
                artefact[k - from] = everyRowTrails;
            }
        }
        return artefact;
    }

    private static boolean isDelimitedRow(TextLine line) {
        String stripped = LineTokenizer.strip(text(line));
        if (stripped.isEmpty()) {
            return false;
        }
        if (stripped.charAt(0) == '|') {
            return !LineTokenizer.isSeparatorRow(stripped);
        }
        return LineTokenizer.isTsvRow(text(line));
    }

    private static boolean isSeparator(TextLine line) {
        String stripped = LineTokenizer.strip(text(line));
        return !stripped.isEmpty() && stripped.charAt(0) == '|' && LineTokenizer.isSeparatorRow(stripped);
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
