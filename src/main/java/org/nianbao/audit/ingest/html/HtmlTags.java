package org.nianbao.audit.ingest.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/** What an element is for the reader: a block that starts a new paragraph, a heading, embedded media. */
final class HtmlTags {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "dl", "dt", "dd", "section", "article", "main", "aside", "header", "footer", "nav", "blockquote", "center",
            "pre", "address", "figure", "figcaption", "caption", "hr", "table", "thead", "tbody", "tfoot", "tr", "td",
            "th", "form", "fieldset", "details", "summary", "body", "html", "menu", "legend", "xmp", "listing");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> MEDIA = Set.of("img", "iframe", "frame", "embed", "object", "picture", "video");
    private static final Set<String> BOLD = Set.of("strong", "b");

    private HtmlTags() {
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    static boolean isHeading(Element e) {
        return HEADINGS.contains(e.normalName());
    }

    static boolean isMedia(Element e) {
        return MEDIA.contains(e.normalName());
    }

    /** {@code <strong>}, {@code <b>}, or Word's {@code <span style="font-weight:bold">}. */
    static boolean isBold(Element e) {
        if (BOLD.contains(e.normalName())) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && (style.contains("font-weight:bold") || style.contains("font-weight: bold")
                || style.contains("font-weight:700") || style.contains("font-weight: 700"));
    }
}
