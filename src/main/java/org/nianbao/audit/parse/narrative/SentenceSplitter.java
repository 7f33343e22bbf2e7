package org.nianbao.audit.parse.narrative;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/** Cuts a line into sentences at 。！？!? — the terminal mark stays with its sentence, as printed. */
final class SentenceSplitter {
    private static final String ENDS = "。！？!?";

    List<Sentence> split(TextLine line) {
        List<Sentence> out = new ArrayList<>();
        String text = line.getText();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = Math.min(i + 1, text.length());
                String sentence = text.substring(start, end).strip();
                String compact = start == 0 && end == text.length() && line.getNormalized() != null
                        ? line.getNormalized() // a line of one sentence: its matching view is the line's own
                        : Normalizer.compact(sentence);
                if (!compact.isEmpty()) {
                    out.add(new Sentence(sentence, compact, line.getNumber(), line.getSection()));
                }
                start = end;
            }
        }
        return out;
    }
}
