package org.nianbao.audit.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Parses a page into a DOM holding only what a reader could see: the content of scripts, styles and comments and
 * inline binary data never reach the parser ({@link BoundedHtmlReader}), and form controls and other elements
 * without reading text are dropped after parsing, so a page inflated by a 50 MB script or inline image costs
 * little memory. A page whose visible content alone is larger than any report page is refused rather than
 * read into memory: {@link Loaded#overflow()} says which limit it reached.
 */
final class HtmlLoader {
    /** Elements whose content is never reading text (a script's bulk never even reaches the parser). */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "link", "select", "textarea", "button", "input", "canvas", "map");
    /** Real report pages hold a few thousand elements and 5–40 K characters of text; these are far above. */
    static final int MAX_ELEMENTS = 200_000;
    static final long MAX_TEXT = 4_000_000;

    record Loaded(Document document, String overflow, int elements, long textChars) {
    }

    Loaded load(Path file, HtmlCharset.Decision charset) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             BoundedHtmlReader bounded = new BoundedHtmlReader(new InputStreamReader(skip(in, charset.bomLength()),
                     charset.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                             .onUnmappableCharacter(CodingErrorAction.REPLACE)), MAX_TEXT, MAX_ELEMENTS)) {
            Document doc = Parser.htmlParser().parseInput(bounded, "");
            if (bounded.overflow() != null) {
                return new Loaded(null, bounded.overflow(), bounded.tags(), bounded.textChars());
            }
            prune(doc);
            return new Loaded(doc, null, bounded.tags(), bounded.textChars());
        }
    }

    private static InputStream skip(InputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
        return in;
    }

    /** Drops elements that hold no reading text, and comments: furniture of the markup, never text a reader sees. */
    private static void prune(Document doc) {
        List<Node> dropped = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment || node instanceof Element el && DROPPED.contains(el.normalName())) {
                dropped.add(node);
            }
        }, doc);
        dropped.forEach(Node::remove);
    }
}
