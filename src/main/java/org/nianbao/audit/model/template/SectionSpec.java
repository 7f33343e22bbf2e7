package org.nianbao.audit.model.template;

import java.util.List;

/** One of the six parts of a report: its number (1–6), the template's title and other titles seen in reports. */
public record SectionSpec(int number, String title, List<String> variants) {
    public SectionSpec {
        variants = List.copyOf(variants);
    }
}
