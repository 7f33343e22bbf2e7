package org.nianbao.audit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the text-quality readers observed in a report (文字差错): doubled words, enumeration breaks and the
 * numbering of the six parts' headings. Observations, not verdicts: the rules judge them.
 */
public final class TextQuality {
    private static final TextQuality NONE = new TextQuality(List.of(), List.of(), List.of());

    private final List<DoubledWord> doubledWords;
    private final List<EnumerationBreak> enumerationBreaks;
    private final List<SectionNumbering> sectionNumberings;

    public TextQuality(List<DoubledWord> doubledWords, List<EnumerationBreak> enumerationBreaks,
                       List<SectionNumbering> sectionNumberings) {
        this.doubledWords = List.copyOf(doubledWords);
        this.enumerationBreaks = List.copyOf(enumerationBreaks);
        this.sectionNumberings = List.copyOf(sectionNumberings);
    }

    /** Nothing observed (an unreadable input, or a model built without the readers). */
    public static TextQuality none() {
        return NONE;
    }

    public List<DoubledWord> getDoubledWords() { return doubledWords; }
    public List<EnumerationBreak> getEnumerationBreaks() { return enumerationBreaks; }
    public List<SectionNumbering> getSectionNumberings() { return sectionNumberings; }

    /** Every observation, in a fixed order: section numberings, doubled words, enumeration breaks. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(sectionNumberings.size() + doubledWords.size() + enumerationBreaks.size());
        all.addAll(sectionNumberings);
        all.addAll(doubledWords);
        all.addAll(enumerationBreaks);
        return all;
    }
}
