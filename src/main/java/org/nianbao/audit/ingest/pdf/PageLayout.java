package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page read: its lines of running text and its tables, top to bottom. Only this is kept once a page
 * is done, so a long document never holds more than one page's glyphs.
 */
record PageLayout(int page, List<PageItem> items, int characters, double imageCoverage) {
    private static final List<TableStrategy> STRATEGIES = List.of(new LatticeStrategy(), new StreamStrategy());

    PageLayout {
        items = List.copyOf(items);
    }

    /** Lays out one page: tables first (each strategy on what the previous left), then the lines left over. */
    static PageLayout of(int page, List<Glyph> glyphs, List<Ruling> rulings, double imageCoverage) {
        PageContent content = new PageContent(page, rulings, glyphs);
        List<PageItem> items = new ArrayList<>();
        for (TableStrategy strategy : STRATEGIES) {
            items.addAll(strategy.find(content));
        }
        List<PdfLine> lines = content.freeLines();
        for (int i = 0; i < lines.size(); i++) {
            items.add(lines.get(i).numbered(i + 1));
        }
        items.sort(Comparator.comparingDouble(PageItem::top));
        int characters = (int) glyphs.stream().filter(g -> !g.blank()).count();
        return new PageLayout(page, items, characters, imageCoverage);
    }

    /** The page as lines of text only, no tables looked for. */
    static PageLayout linesOnly(int page, List<Glyph> glyphs, double imageCoverage) {
        List<PageItem> items = new ArrayList<>();
        List<PdfLine> lines = LineBuilder.lines(page, glyphs);
        for (int i = 0; i < lines.size(); i++) {
            items.add(lines.get(i).numbered(i + 1));
        }
        int characters = (int) glyphs.stream().filter(g -> !g.blank()).count();
        return new PageLayout(page, items, characters, imageCoverage);
    }

    PageLayout withItems(List<PageItem> newItems) {
        return new PageLayout(page, newItems, characters, imageCoverage);
    }
}
