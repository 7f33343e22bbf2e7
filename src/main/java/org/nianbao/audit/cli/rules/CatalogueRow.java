package org.nianbao.audit.cli.rules;

import java.util.Comparator;
import java.util.List;
import org.nianbao.audit.engine.RuleInfo;

/** One rule of the published catalogue, as shown: the file is prefixed with the rules root. */
record CatalogueRow(String id, String title, String severity, String category, String basis,
                    String file, int line) {

    static List<CatalogueRow> of(List<RuleInfo> rules, String root) {
        return rules.stream()
                .map(r -> new CatalogueRow(r.id(), r.title(), r.severity().id(), r.category().id(), r.basis(),
                        root + r.file(), r.line()))
                .sorted(Comparator.comparing(CatalogueRow::id).thenComparing(CatalogueRow::file))
                .toList();
    }

    /** "rules/arithmetic/table2.drl:15". */
    String location() {
        return file + ":" + line;
    }
}
