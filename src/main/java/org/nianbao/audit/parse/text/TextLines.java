package org.nianbao.audit.parse.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TextLine;

/** Builds the numbered lines of a document with their matching view. */
public final class TextLines {
    private TextLines() {
    }

    /** Lines numbered from 1, all in section 0 until sections are known. */
    public static List<TextLine> of(List<String> texts) {
        List<TextLine> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            lines.add(new TextLine(i + 1, text, Normalizer.compact(text), 0));
        }
        return lines;
    }

    /** The same lines with their section numbers: {@code sectionOf[i]} for line i+1. */
    public static List<TextLine> withSections(List<TextLine> lines, int[] sectionOf) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            out.add(new TextLine(l.getNumber(), l.getText(), l.getNormalized(), sectionOf[i], l.getSpan()));
        }
        return out;
    }
}
