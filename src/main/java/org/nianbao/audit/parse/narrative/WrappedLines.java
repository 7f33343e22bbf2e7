package org.nianbao.audit.parse.narrative;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Joins the lines of a sentence that the file broke in the middle (hard line breaks are usual in text
 * converted from PDF: "…所有办结的信息公开⏎申请中同意公开答复 9 件"), so that a claim is read in its whole
 * sentence. A line continues onto the next when it does not end a sentence, is long enough to be wrapped text
 * rather than a heading, a label or a date, and the next line opens no heading or list item of its own. The
 * joined line keeps the number and section of its first line.
 */
final class WrappedLines {
    /** Shorter lines are headings, labels, signatures: never the first half of a wrapped sentence. */
    private static final int MIN_WRAPPED = 15;
    private static final String ENDS = "。！？!?；;：:…";
    private static final String CLOSERS = "”’」』)）》】";
    private static final String NUMERALS = "一二三四五六七八九十";

    private WrappedLines() {
    }

    /** The narrative lines (blank lines and table lines left out) with wrapped sentences joined. */
    static List<TextLine> join(List<TextLine> lines, boolean[] inTable) {
        List<TextLine> out = new ArrayList<>();
        TextLine open = null;
        StringBuilder text = null;
        for (TextLine line : lines) {
            boolean narrative = !line.getNormalized().isEmpty() && !inTable[line.getNumber() - 1];
            if (open != null && narrative && line.getSection() == open.getSection() && opensNothing(line.getNormalized())) {
                text.append(line.getText().strip());
                if (endsOpen(line.getNormalized())) {
                    continue;
                }
                out.add(joined(open, text));
                open = null;
                continue;
            }
            if (open != null) {
                out.add(joined(open, text));
                open = null;
            }
            if (!narrative) {
                continue;
            }
            if (endsOpen(line.getNormalized())) {
                open = line;
                text = new StringBuilder(line.getText().strip());
            } else {
                out.add(line);
            }
        }
        if (open != null) {
            out.add(joined(open, text));
        }
        return out;
    }

    private static TextLine joined(TextLine first, StringBuilder text) {
        String t = text.toString();
        if (t.equals(first.getText().strip())) {
            return first;
        }
        return new TextLine(first.getNumber(), t, Normalizer.compact(t), first.getSection(), first.getSpan());
    }

    /** A long line that stops in the middle of a sentence and is no heading ("（一）主动公开", "一、总体情况"). */
    private static boolean endsOpen(String compact) {
        if (compact.length() < MIN_WRAPPED) {
            return false;
        }
        int end = compact.length();
        while (end > 0 && CLOSERS.indexOf(compact.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ENDS.indexOf(compact.charAt(end - 1)) < 0;
    }

    /** The next line goes on with the sentence: it opens no numbered heading or list item ("二、", "(三)", "2.", "一是"). */
    private static boolean opensNothing(String compact) {
        char first = compact.charAt(0);
        if (first == '(' || first == '#' || first == '|') {
            return false;
        }
        int i = 0;
        while (i < compact.length() && (Character.isDigit(compact.charAt(i)) || NUMERALS.indexOf(compact.charAt(i)) >= 0)) {
            i++;
        }
        if (i == 0 || i >= compact.length()) {
            return true;
        }
        char after = compact.charAt(i);
        boolean numbered = after == '、' || after == '是' || (after == '.' && Character.isDigit(compact.charAt(0))
                && i + 1 < compact.length() && !Character.isDigit(compact.charAt(i + 1)));
        return !numbered;
    }
}
