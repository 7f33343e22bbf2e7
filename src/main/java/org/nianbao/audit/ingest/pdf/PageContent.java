package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One page while its tables are being found: the borders it draws and the glyphs no table has taken yet.
 * Each {@link TableStrategy} claims the glyphs of the tables it finds; what is left is running text.
 */
final class PageContent {
    private final int page;
    private final List<Ruling> rulings;
    private final List<Glyph> free;

    PageContent(int page, List<Ruling> rulings, List<Glyph> glyphs) {
        this.page = page;
        this.rulings = List.copyOf(rulings);
        this.free = new ArrayList<>(glyphs);
    }

    int page() {
        return page;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    List<Glyph> freeGlyphs() {
        return Collections.unmodifiableList(free);
    }

    /** The free glyphs as lines, top to bottom. */
    List<PdfLine> freeLines() {
        return LineBuilder.lines(page, free);
    }

    void claim(List<Glyph> glyphs) {
        Set<Glyph> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        taken.addAll(glyphs);
        free.removeIf(taken::contains);
    }
}
