package org.nianbao.audit.engine.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.history.Boilerplate;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.SectionSpec;
import org.nianbao.audit.model.template.TemplateCatalog;

/**
 * The wording every report shares, from the rules folder: the template's part titles, row and column labels
 * with their variants (rules/template/), and the sentences of rules/history/boilerplate.txt.
 */
public final class HistoryBoilerplate {
    public static final String FILE = "history/boilerplate.txt";

    private HistoryBoilerplate() {
    }

    public static Boilerplate of(TemplateCatalog template, Map<String, String> rulesFiles) {
        List<String> phrases = new ArrayList<>();
        for (SectionSpec s : template.sections()) {
            phrases.add(s.title());
            phrases.addAll(s.variants());
        }
        for (TemplateVersion v : TemplateVersion.values()) {
            for (TableKind k : TableKind.values()) {
                for (RowSpec r : template.rows(v, k)) {
                    phrases.add(r.label());
                    phrases.addAll(r.variants());
                    if (r.group() != null) {
                        phrases.add(r.group());
                    }
                    for (ColumnSpec c : r.columns()) {
                        phrases.add(c.label());
                        phrases.addAll(c.variants());
                    }
                }
            }
        }
        String text = rulesFiles.get(FILE);
        if (text != null) {
            for (String line : text.split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    phrases.add(s);
                }
            }
        }
        return Boilerplate.of(phrases);
    }
}
