package org.nianbao.audit.engine.formats;

import java.nio.file.Path;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.ParserFactory;
import org.nianbao.audit.engine.template.TemplateFiles;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.parse.ReportParser;

/**
 * The schedule of the project's rules/formats.properties and its template (rules/template/), read once:
 * tests follow the data, not a copy of it.
 */
public final class ProjectFormats {
    private static TemplateSchedule schedule;
    private static TemplateCatalog template;
    private static ReportParser parser;

    private ProjectFormats() {
    }

    public static synchronized TemplateSchedule get() {
        if (schedule == null) {
            schedule = FormatsFile.load(RulesSource.of(Path.of("rules")));
        }
        return schedule;
    }

    public static synchronized TemplateCatalog template() {
        if (template == null) {
            template = TemplateFiles.load(RulesSource.of(Path.of("rules")));
        }
        return template;
    }

    /** The page-chrome lines of the project's rules/lexicons/page-chrome.txt. */
    public static org.nianbao.audit.parse.text.PageChrome chrome() {
        String text = RulesSource.of(Path.of("rules")).files().get("lexicons/page-chrome.txt");
        return new org.nianbao.audit.parse.text.PageChrome(
                org.nianbao.audit.engine.lexicon.Lexicon.parse("page-chrome", text).terms());
    }

    /** A parser reading with the project's rules folder, as an audit does. Thread-safe, shared. */
    public static synchronized ReportParser parser() {
        if (parser == null) {
            parser = ParserFactory.forSource(RulesSource.of(Path.of("rules")), get());
        }
        return parser;
    }

    /** The template as the text recognisers read with it. */
    public static org.nianbao.audit.ingest.text.TemplateVocabulary vocabulary() {
        return new org.nianbao.audit.parse.ReadingVocabulary(template());
    }

    /** Every format's reader, as an audit with the project's rules builds them. */
    public static org.nianbao.audit.ingest.Ingestor ingestor() {
        return ParserFactory.ingestor(template());
    }

    /** A text document from its lines, read by the recognisers an audit uses. */
    public static org.nianbao.audit.document.Document textDocument(String source, java.util.List<String> lines) {
        return new org.nianbao.audit.ingest.text.TextDocuments(vocabulary()).read(source, lines);
    }
}
