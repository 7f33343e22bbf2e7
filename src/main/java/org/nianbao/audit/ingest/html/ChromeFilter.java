package org.nianbao.audit.ingest.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells site furniture from content by markup: elements a browser does not show, navigation and page-frame
 * elements, and boxes whose class or id names a widget (share, print, QR code, breadcrumb, attachment list…).
 * Names are matched as whole tokens of the class or id ("article_qrcode_area" → qrcode), never as
 * substrings, and a named box that holds the report's own headings or tables is content whatever its name
 * (sites call the printable article area "print_content").
 */
final class ChromeFilter {
    private static final Set<String> FRAME_TAGS = Set.of("nav", "footer", "aside", "menu", "marquee");
    private static final Set<String> WIDGET_TOKENS = Set.of("nav", "navbar", "navigation", "menu", "submenu", "footer",
            "foot", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "share", "sharebox", "bdshare",
            "print", "qrcode", "qr", "ewm", "erweima", "sidebar", "banner", "search", "searchbox", "copyright",
            "toolbar", "tools", "weather", "login", "attachment", "attachments", "attach", "fujian", "download", "downloads",
            "related", "relnews", "xglj", "links", "friendlink", "topbar", "skip", "btn", "button", "fontsize",
            "font-size", "zihao", "favorite", "collect", "prev", "next", "prevnext", "pagenav", "pager", "comment",
            "comments", "hits", "views", "count", "visit");
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide", "d-none", "invisible", "display-none");

    private ChromeFilter() {
    }

    /** Not rendered: the hidden attribute, display:none, visibility:hidden, or a class that means it. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        // Word styles run to hundreds of characters on every element: compact only those that can hide
        if (style.indexOf("none") >= 0 || style.indexOf("hidden") >= 0 || style.indexOf("NONE") >= 0
                || style.indexOf("HIDDEN") >= 0) {
            String s = compactLower(style);
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        String cls = e.className();
        if (!cls.isEmpty()) {
            for (String token : cls.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (HIDDEN_CLASSES.contains(token)) {
                    return true;
                }
            }
        }
        return "input".equals(e.normalName()) && "hidden".equalsIgnoreCase(e.attr("type"));
    }

    /** Page-frame elements and named widgets, judged by markup alone (the caller vetoes boxes holding report signals). */
    static boolean isNamedChrome(Element e) {
        String name = e.normalName();
        if (FRAME_TAGS.contains(name)) {
            return true;
        }
        if (name.equals("header") && e.closest("article, main") == null) {
            return true;
        }
        return hasWidgetToken(e.className()) || hasWidgetToken(e.id());
    }

    private static boolean hasWidgetToken(String names) {
        if (names.isEmpty()) {
            return false;
        }
        int start = -1;
        String lower = names.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (WIDGET_TOKENS.contains(lower.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static String compactLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
