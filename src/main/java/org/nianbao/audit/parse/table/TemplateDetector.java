package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;

/**
 * Tells which national format a table's own labels show. Table 1: the version-specific markers of the
 * catalogue (spec §b.7); table 2: rows that exist in only one version (the three （六） sub-rows of 2021,
 * the single （六）其他处理 row of 2019).
 */
final class TemplateDetector {
    /** The verdict for one table: a version, or null with {@code mixed} when both versions' labels appear. */
    record Verdict(TemplateVersion version, boolean mixed) {
    }

    private final TemplateCatalog template;
    /** Matchers for the table-2 rows that exist in one version only, built once. */
    private final Map<TemplateVersion, LabelMatcher> onlyIn;

    TemplateDetector(TemplateCatalog template) {
        this.template = template;
        this.onlyIn = onlyIn(template);
    }

    Verdict table1(List<Token> tokens, Region region) {
        int v2019 = markersFound(tokens, region, TemplateVersion.V2019);
        int v2021 = markersFound(tokens, region, TemplateVersion.V2021);
        if (v2019 == v2021) {
            return new Verdict(null, v2019 > 0);
        }
        return new Verdict(v2019 > v2021 ? TemplateVersion.V2019 : TemplateVersion.V2021, false);
    }

    Verdict table2(List<Token> tokens, Region region) {
        boolean v2021 = anyRowOnlyIn(TemplateVersion.V2021, TemplateVersion.V2019, tokens, region);
        boolean v2019 = anyRowOnlyIn(TemplateVersion.V2019, TemplateVersion.V2021, tokens, region);
        if (v2021) {
            // the 2021 group heading （六）其他处理 looks like the 2019 row, so the sub-rows decide
            return new Verdict(TemplateVersion.V2021, false);
        }
        return new Verdict(v2019 ? TemplateVersion.V2019 : null, false);
    }

    private int markersFound(List<Token> tokens, Region region, TemplateVersion version) {
        Set<String> found = new HashSet<>();
        List<String> markers = new ArrayList<>();
        for (String m : template.markers(version)) {
            markers.add(LabelKey.of(m));
        }
        for (int i = region.from(); i < region.to(); i++) {
            String k = tokens.get(i).key();
            for (String m : markers) {
                if (k.contains(m)) {
                    found.add(m);
                }
            }
        }
        return found.size();
    }

    private boolean anyRowOnlyIn(TemplateVersion version, TemplateVersion other, List<Token> tokens,
                                        Region region) {
        LabelMatcher matcher = onlyIn.get(version);
        for (int i = region.from(); i < region.to(); i++) {
            Token t = tokens.get(i);
            if (!t.empty() && !t.valueLike() && matcher.match(t.key()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Map<TemplateVersion, LabelMatcher> onlyIn(TemplateCatalog template) {
        Map<TemplateVersion, LabelMatcher> byVersion = new EnumMap<>(TemplateVersion.class);
        for (TemplateVersion version : TemplateVersion.values()) {
            TemplateVersion other = version == TemplateVersion.V2019 ? TemplateVersion.V2021 : TemplateVersion.V2019;
            Set<String> otherKeys = new HashSet<>();
            for (RowSpec r : template.rows(other, TableKind.T2)) {
                otherKeys.add(r.key());
            }
            List<String> labels = new ArrayList<>();
            List<List<String>> variants = new ArrayList<>();
            for (RowSpec r : template.rows(version, TableKind.T2)) {
                if (!otherKeys.contains(r.key())) {
                    labels.add(r.label());
                    variants.add(r.variants());
                }
            }
            byVersion.put(version, new LabelMatcher(labels, variants));
        }
        return byVersion;
    }
}
