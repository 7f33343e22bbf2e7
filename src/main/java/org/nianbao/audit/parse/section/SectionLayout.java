package org.nianbao.audit.parse.section;

import java.util.List;
import org.nianbao.audit.model.Section;

/**
 * The document cut into preface and sections. {@code sectionOf[i]} is the section of line i+1
 * (0 = preface, title, page chrome).
 */
public record SectionLayout(Section preface, List<Section> sections, int[] sectionOf) {
    public SectionLayout {
        sections = List.copyOf(sections);
    }
}
