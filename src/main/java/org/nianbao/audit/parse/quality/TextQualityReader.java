package org.nianbao.audit.parse.quality;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.DoubledWord;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.model.TextQuality;
import org.nianbao.audit.model.template.TemplateCatalog;

/**
 * Reads what a proof-reader marks in a report's text (文字差错): words printed twice in a row, prose
 * enumerations whose ordinals repeat or skip, and how each part's heading is numbered. It observes; the rules
 * under rules/quality and rules/structure judge. Linear in the text; stateless and thread-safe.
 */
public final class TextQualityReader {
    private final DoubledWordFinder doubledWords;
    private final EnumerationFinder enumerations;
    private final SectionNumberingReader numbering = new SectionNumberingReader();

    /** @param template the rules' template, whose labels tell table text from prose */
    public TextQualityReader(TemplateCatalog template) {
        TableVocabulary vocabulary = TableVocabulary.of(template);
        this.doubledWords = new DoubledWordFinder(vocabulary);
        this.enumerations = new EnumerationFinder(vocabulary);
    }

    /**
     * @param lines    the document's lines with their sections
     * @param sections the six parts found (the preface, section 0, may be among them or not)
     * @param tables   the tables found, with their line ranges
     */
    public TextQuality read(List<TextLine> lines, List<Section> sections, List<StatTable> tables) {
        ProseMap prose = ProseMap.of(lines, sections, tables);
        List<DoubledWord> doubled = new ArrayList<>(0);
        EnumerationFinder.Scan enumerated = enumerations.scan(prose);
        // one buffer for every line's characters: a crawled report is one line of thousands
        char[] chars = new char[longest(lines)];
        for (TextLine line : lines) {
            String text = line.getText();
            text.getChars(0, text.length(), chars, 0);
            if (!text.isEmpty() && !prose.inTable(line)) {
                doubled.addAll(doubledWords.find(line, chars));
            }
            enumerated.line(line, chars);
        }
        return new TextQuality(doubled, enumerated.breaks(), numbering.read(sections));
    }

    private static int longest(List<TextLine> lines) {
        int longest = 0;
        for (TextLine line : lines) {
            longest = Math.max(longest, line.getText().length());
        }
        return longest;
    }
}
