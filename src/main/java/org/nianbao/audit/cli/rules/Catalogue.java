package org.nianbao.audit.cli.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.compile.DrlOutline;
import org.nianbao.audit.engine.compile.MetadataContract;

/**
 * The rule catalogue read from the DRL text (no compilation needed): the rules whose metadata keeps the
 * contract, and how many rules were left out because theirs does not ({@code rules check} says why).
 */
record Catalogue(List<CatalogueRow> rows, int leftOut) {
    Catalogue {
        rows = List.copyOf(rows);
    }

    static Catalogue read(RulesSource source) {
        List<DrlOutline> outlines = new ArrayList<>();
        source.filesEndingWith(".drl").forEach((file, text) -> outlines.add(DrlOutline.of(file, text)));
        MetadataContract.Result result = new MetadataContract().check(outlines);
        int declared = outlines.stream().mapToInt(o -> o.rules().size()).sum();
        return new Catalogue(CatalogueRow.of(result.rules(), RulesOption.root(source)), declared - result.rules().size());
    }
}
