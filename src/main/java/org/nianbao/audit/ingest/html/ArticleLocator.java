package org.nianbao.audit.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the element holding the article inside a whole site page. Descends from the body into the child that
 * holds nearly all of the page's report weight (content text, and far more the report's own headings and
 * table labels), so menus, footers and link lists fall away wherever a site puts them; then climbs back while
 * the parent holds section headings or statistics tables the chosen box lacks (a report split over sibling
 * boxes). The content-management classes sites use (TRS_Editor, #zoom, .article_content …) only break ties:
 * a class name alone decides nothing.
 */
final class ArticleLocator {
    /** Article containers of the content-management systems government sites run (TRS, UCAP, Hanweb, DedeCMS …). */
    private static final Evaluator KNOWN_CONTAINERS = QueryParser.parse("div.TRS_Editor, .trs_editor, #zoom, .zoom, "
            + ".article_content, .article-content, #UCAP-CONTENT, .Custom_UnionStyle, .pages_content, .view, .TRS_UEDITOR, "
            + "#content, .content, .article, #article, .artcon, .art_con, .main-txt, .news_content, .detail_content, "
            + ".xl_content, .zwnr, .wzcon, .bt_content, #fontzoom, #Zoom, .con_text, #ContentRegion, #js_content");
    /** Share of the current box's weight a child must hold to be descended into … */
    private static final double OF_PARENT = 0.75;
    /** … and of the whole page's, so that a chain of small losses cannot drop a real part of the report. */
    private static final double OF_PAGE = 0.6;
    /** A known container with this share of the chosen box's weight is as good a box, and tighter. */
    private static final double KNOWN_SHARE = 0.9;

    private final PageScores scores;

    ArticleLocator(PageScores scores) {
        this.scores = scores;
    }

    Element locate(Element body) {
        Element core = descend(body);
        core = climb(core, body);
        return tighten(core);
    }

    private Element descend(Element body) {
        int page = scores.weight(body);
        Element core = body;
        while (true) {
            Element best = null;
            int bestWeight = -1;
            for (Element child : core.children()) {
                int w = scores.weight(child);
                if (w > bestWeight) {
                    best = child;
                    bestWeight = w;
                }
            }
            if (best == null || bestWeight <= 0 || bestWeight < OF_PARENT * scores.weight(core)
                    || bestWeight < OF_PAGE * page || best.normalName().equals("table") && !isLayoutOnly(best)) {
                return core;
            }
            core = best;
        }
    }

    /** Back up while the parent holds report headings or tables that the box does not. */
    private Element climb(Element core, Element body) {
        Element e = core;
        while (e != body && e.parent() != null) {
            Element parent = e.parent();
            if (scores.headings(parent) > scores.headings(e) || scores.tables(parent) > scores.tables(e)) {
                e = parent;
            } else {
                break;
            }
        }
        return e;
    }

    /** A known article container inside the box holding as much of the report is the tighter choice. */
    private Element tighten(Element core) {
        Elements known = core.select(KNOWN_CONTAINERS);
        Element best = core;
        for (Element k : known) {
            if (k != core && scores.headings(k) == scores.headings(core) && scores.tables(k) == scores.tables(core)
                    && scores.weight(k) >= KNOWN_SHARE * scores.weight(core)) {
                best = k; // select() lists ancestors first: the last match is the innermost
            }
        }
        return best;
    }

    /** Cells of a table descended into must be boxes of the page, not a statistics table's cells. */
    private boolean isLayoutOnly(Element table) {
        return scores.tables(table) == 0 || LayoutTables.isLayout(table);
    }
}
