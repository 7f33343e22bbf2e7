package org.nianbao.audit.ingest.text;

import java.util.List;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;

/**
 * What the text recognisers must know of the national templates to cut a body printed on one line: the six
 * section titles and the three tables' row, group and column labels. It is passed in, never copied, so that
 * a recogniser cuts by exactly the labels the parser reads with (the template data lives in one place).
 */
public interface TemplateVocabulary {
    /** Section 1–6 whose title the compact text names exactly (a listed title or variant), 0 when none. */
    int sectionOfExactTitle(String compactTitle);

    /** Every exact section title and listed variant, compact (NFKC, no white space). */
    java.util.Set<String> sectionTitles();

    /** Section 1–6 a numbered heading's compact title names, known variants tolerated, 0 when none. */
    int sectionOfTitle(String compactTitle);

    /** The rows of {@code table} in {@code version}, in template order, with their columns and variants. */
    List<RowSpec> rows(TemplateVersion version, TableKind table);

    /**
     * Header words of {@code table} that are neither row, group nor column labels of its rows (信息内容,
     * 申请人情况, 行政诉讼 …): printed in the table's header, never a value.
     */
    List<String> headerWords(TableKind table);

    /**
     * No template knowledge: a flattened body is not cut and every line stays one paragraph. For deciding
     * which files are submissions before the rules are loaded; reading reports needs the rules' template.
     */
    TemplateVocabulary NONE = new TemplateVocabulary() {
        @Override
        public int sectionOfExactTitle(String compactTitle) {
            return 0;
        }

        @Override
        public java.util.Set<String> sectionTitles() {
            return java.util.Set.of();
        }

        @Override
        public int sectionOfTitle(String compactTitle) {
            return 0;
        }

        @Override
        public List<RowSpec> rows(TemplateVersion version, TableKind table) {
            return List.of();
        }

        @Override
        public List<String> headerWords(TableKind table) {
            return List.of();
        }
    };
}
