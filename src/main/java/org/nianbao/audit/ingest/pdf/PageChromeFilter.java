package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what the page prints around the report: page-number lines ("-1-", "— 2 —", "第 1 页 共 5 页",
 * "1/5") at the top or bottom of a page, and running headers and footers — the same line (up to its page
 * number) at the top or bottom of most pages. Only the first and last lines of a page are looked at, so a
 * line of the report that happens to read "3" or "1/5" in the body is never taken.
 */
final class PageChromeFilter {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－─_~〜·•\\s]*\\d{1,4}[-—–－─_~〜·•\\s]*"
                    + "|第\\s*\\d{1,4}\\s*页\\s*[，,/]?\\s*(共\\s*\\d{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*[，,/]?\\s*第\\s*\\d{1,4}\\s*页"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    + "|(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?");
    /** How many lines at each end of a page can be chrome (a header and a page number, say). */
    private static final int EDGE = 2;

    private PageChromeFilter() {
    }

    static List<PageLayout> filter(List<PageLayout> pages) {
        Map<String, Integer> tops = new HashMap<>();
        Map<String, Integer> bottoms = new HashMap<>();
        for (PageLayout p : pages) {
            for (PdfLine line : edgeLines(p.items(), true)) {
                tops.merge(key(line), 1, Integer::sum);
            }
            for (PdfLine line : edgeLines(p.items(), false)) {
                bottoms.merge(key(line), 1, Integer::sum);
            }
        }
        int repeated = Math.max(2, (pages.size() + 1) / 2);
        List<PageLayout> out = new ArrayList<>(pages.size());
        for (PageLayout p : pages) {
            List<PageItem> items = new ArrayList<>(p.items());
            List<PdfLine> top = edgeLines(items, true);
            List<PdfLine> bottom = edgeLines(items, false);
            items.removeIf(item -> item instanceof PdfLine line
                    && (top.contains(line) && (pageNumber(line) || tops.getOrDefault(key(line), 0) >= repeated)
                    || bottom.contains(line) && (pageNumber(line) || bottoms.getOrDefault(key(line), 0) >= repeated)));
            out.add(p.withItems(items));
        }
        return out;
    }

    static boolean pageNumber(PdfLine line) {
        return PAGE_NUMBER.matcher(line.text().strip()).matches();
    }

    /** The first (or last) lines of a page, up to the first table. */
    private static List<PdfLine> edgeLines(List<PageItem> items, boolean top) {
        List<PdfLine> lines = new ArrayList<>(EDGE);
        for (int k = 0; k < items.size() && lines.size() < EDGE; k++) {
            PageItem item = items.get(top ? k : items.size() - 1 - k);
            if (!(item instanceof PdfLine line)) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    /** A running header's text with its page number left out. */
    private static String key(PdfLine line) {
        return line.text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
