package org.nianbao.audit.parse;

import java.util.List;
import java.util.Set;
import org.nianbao.audit.ingest.text.TemplateVocabulary;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.parse.section.SectionTitles;

/**
 * The template as the text recognisers of ingest need it, from the same catalogue (rules/template/) and
 * section titles the parser reads with: a flattened body is cut by exactly the labels it is then read by.
 */
public final class ReadingVocabulary implements TemplateVocabulary {
    private final TemplateCatalog template;
    private final SectionTitles titles;

    public ReadingVocabulary(TemplateCatalog template) {
        this.template = template;
        this.titles = new SectionTitles(template.sections());
    }

    @Override
    public int sectionOfExactTitle(String compactTitle) {
        return titles.unnumbered(compactTitle);
    }

    @Override
    public Set<String> sectionTitles() {
        return titles.exactTitles();
    }

    @Override
    public int sectionOfTitle(String compactTitle) {
        return titles.numbered(compactTitle);
    }

    @Override
    public List<RowSpec> rows(TemplateVersion version, TableKind table) {
        return template.rows(version, table);
    }

    @Override
    public List<String> headerWords(TableKind table) {
        return template.headerWords(table);
    }
}
