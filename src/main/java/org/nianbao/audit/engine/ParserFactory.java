package org.nianbao.audit.engine;

import java.util.List;
import org.nianbao.audit.engine.lexicon.Lexicon;
import org.nianbao.audit.engine.lexicon.Lexicons;
import org.nianbao.audit.engine.template.TemplateFiles;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.parse.ReadingVocabulary;
import org.nianbao.audit.parse.ReportParser;
import org.nianbao.audit.parse.text.PageChrome;

/**
 * Builds the parser from the same rules folder the rules come from: the template (rules/template/) and the
 * page-chrome word list (rules/lexicons/page-chrome.txt) are read by the parser and by the DRL alike.
 */
public final class ParserFactory {
    /** The word list whose terms, standing alone on a line, are page furniture to the parser. */
    public static final String PAGE_CHROME = "page-chrome";

    private ParserFactory() {
    }

    /** For an audit: the book has already read the template and the lexicons. */
    public static ReportParser forBook(RuleBook book, TemplateSchedule formats) {
        return new ReportParser(formats, book.template(), chrome(book.lexicons()));
    }

    /** For parsing without rules (the parse command): throws TemplateFileException on a broken template. */
    public static ReportParser forSource(RulesSource source, TemplateSchedule formats) {
        return readerFor(source, formats).parser();
    }

    /** The readers and the parser of one rules folder, for reading without the rules. */
    public record Reading(Ingestor ingestor, ReportParser parser) {
    }

    /** Throws TemplateFileException on a broken template. */
    public static Reading readerFor(RulesSource source, TemplateSchedule formats) {
        TemplateCatalog template = TemplateFiles.load(source);
        return new Reading(ingestor(template), new ReportParser(formats, template, chrome(Lexicons.from(source.files()))));
    }

    /** The readers of every format, cutting flattened text by the same template the parser reads with. */
    public static Ingestor ingestor(TemplateCatalog template) {
        return new Ingestor(new ReadingVocabulary(template));
    }

    private static PageChrome chrome(Lexicons lexicons) {
        List<String> terms = lexicons.lexicons().stream().filter(l -> l.name().equals(PAGE_CHROME))
                .findFirst().map(Lexicon::terms).orElse(List.of());
        return new PageChrome(terms);
    }
}
