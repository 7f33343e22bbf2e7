package org.nianbao.audit.ingest.text;

import java.util.List;
import java.util.Set;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.parse.section.SectionTitles;

/**
 * The vocabulary the parser itself uses: section titles from {@link SectionTitles}, rows from
 * {@link TemplateCatalog}. The one place the text recognisers bind to the template data; when that data
 * moves to the rules folder, only this class changes.
 */
final class StandardVocabulary implements TemplateVocabulary {
    static final StandardVocabulary INSTANCE = new StandardVocabulary();

    private StandardVocabulary() {
    }

    @Override
    public int sectionOfExactTitle(String compactTitle) {
        return SectionTitles.unnumbered(compactTitle);
    }

    @Override
    public Set<String> sectionTitles() {
        return SectionTitles.exactTitles();
    }

    @Override
    public int sectionOfTitle(String compactTitle) {
        return SectionTitles.numbered(compactTitle);
    }

    @Override
    public List<RowSpec> rows(TemplateVersion version, TableKind table) {
        return TemplateCatalog.rows(version, table);
    }

    @Override
    public List<String> headerWords(TableKind table) {
        return switch (table) {
            case T1 -> List.of("信息内容");
            case T2 -> List.of("申请人情况", "法人或其他组织");
            case T3 -> List.of("行政诉讼");
        };
    }
}
