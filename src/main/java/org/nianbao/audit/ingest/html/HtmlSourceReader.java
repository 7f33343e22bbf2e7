package org.nianbao.audit.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.ingest.IngestMessages;
import org.nianbao.audit.ingest.SourceReader;
import org.nianbao.audit.ingest.text.BinarySniffer;
import org.nianbao.audit.ingest.text.CharsetDetector;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.SourceSpan;

/**
 * Web pages (.html, .htm, .shtml, .xhtml) as agencies publish them: the whole site page around the report.
 * Finds the article, reads it into paragraphs and table grids, and puts the page's title and 发布时间 line above
 * it when the article does not print them, so the parser reads a page like the report a visitor sees. A page that
 * cannot be read says why: empty, binary, cut off, too large, or a body of pictures or frames only. Thread-safe.
 */
public final class HtmlSourceReader implements SourceReader {
    public static final String FORMAT = "html";
    /** Above this a page is refused unread; real pages are 100–350 K characters, a 50 MB page must still be judged. */
    public static final long MAX_BYTES = 64L << 20;
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "shtml", "xhtml");
    /** Bytes looked at for binary content and the charset declaration. */
    private static final int HEAD = 1 << 20;
    /** Blocks of the article's start searched for a title or date line of its own. */
    private static final int OPENING_BLOCKS = 8;
    /** Less visible text than this in the article, beside pictures or frames, is no report text. */
    private static final int MEDIA_ONLY_TEXT = 60;

    private final HtmlCharset charsets = new HtmlCharset();
    private final BinarySniffer sniffer = new BinarySniffer();
    private final CharsetDetector detector = new CharsetDetector();
    private final HtmlLoader loader = new HtmlLoader();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public Document read(Path file, String source) {
        long size;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                return Document.failed(source, FORMAT, size, IngestMessages.tooLarge(size, MAX_BYTES));
            }
            byte[] head = head(file, size);
            if (isBlank(head) && size <= HEAD) {
                return Document.failed(source, FORMAT, size, IngestMessages.empty());
            }
            if (detector.fromBom(head).isEmpty()) {
                Optional<ParseProblem> binary = sniffer.inspect(head, 0);
                if (binary.isPresent()) {
                    return Document.failed(source, FORMAT, size, binary.get());
                }
            }
            HtmlCharset.Decision charset = charsets.decide(head, file);
            HtmlLoader.Loaded loaded = loader.load(file, charset);
            if (loaded.overflow() != null) {
                return Document.failed(source, FORMAT, size, IngestMessages.htmlTooLarge(size, loaded.elements(),
                        loaded.textChars(), HtmlLoader.MAX_ELEMENTS, HtmlLoader.MAX_TEXT));
            }
            return read(source, size, charset, loaded.document(), endsCleanly(file, size));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Document.failed(source, FORMAT, 0, IngestMessages.unreadable(describe(e)));
        } catch (RuntimeException | StackOverflowError e) {
            // a page jsoup cannot take apart is a reason, never a crash of the batch
            return Document.failed(source, FORMAT, 0, IngestMessages.unreadable("网页结构无法解析（" + describe(e) + "）"));
        }
    }

    private Document read(String source, long size, HtmlCharset.Decision charset, org.jsoup.nodes.Document page,
                          boolean endsCleanly) {
        Element body = page.body();
        PageScores scores = PageScores.of(body);
        if (scores.text(body) + scores.links(body) == 0 && page.select("img, iframe, frame, embed, object").isEmpty()) {
            return Document.failed(source, FORMAT, size, IngestMessages.htmlNoText());
        }
        Element article = new ArticleLocator(scores).locate(body);
        if (!endsCleanly && !hasContentAfter(article, body, scores)) {
            return Document.failed(source, FORMAT, size, IngestMessages.htmlTruncated(size));
        }
        BlockCollector collector = new BlockCollector(scores);
        List<Block> blocks = collector.collect(article);
        if (reportText(blocks) < MEDIA_ONLY_TEXT) {
            // no report text in the box: pictures or a viewer in it, or beside it on an otherwise empty page
            BlockCollector media = collector;
            if (media.images() + media.frames() + media.attachmentLinks() == 0 && article != body) {
                media = new BlockCollector(scores);
                media.collect(body);
            }
            if (reportText(media.blocks()) < MEDIA_ONLY_TEXT || media == collector) {
                int found = media.images() + media.frames() + media.attachmentLinks();
                if (found > 0) {
                    return Document.failed(source, FORMAT, size, IngestMessages.htmlMediaOnly(media.images(),
                            media.frames(), media.attachmentLinks()));
                }
            }
        }
        PageFactsReader.Result facts = PageFactsReader.read(page, article);
        List<Block> composed = numbered(withTitleAndDate(blocks, facts));
        if (composed.isEmpty()) {
            return Document.failed(source, FORMAT, size, IngestMessages.htmlNoText());
        }
        return new Document(source, FORMAT, charset.charset().name(), size, composed, facts.facts(), null,
                warnings(charset));
    }

    /**
     * The page's title as a heading first and its 发布时间 line right after it, each only when the article does
     * not print its own: the parser reads the title, and the header fields right below it, from the text.
     */
    private static List<Block> withTitleAndDate(List<Block> body, PageFactsReader.Result facts) {
        int opening = Math.min(body.size(), OPENING_BLOCKS);
        int titleAt = -1;
        boolean hasDate = false;
        for (int i = 0; i < opening; i++) {
            if (body.get(i) instanceof TextBlock t) {
                String c = t.text().replace(" ", "");
                if (titleAt < 0 && isOwnTitle(c, facts.title())) {
                    titleAt = i;
                }
                hasDate |= PageFactsReader.isDateLine(c);
            }
        }
        List<Block> out = new ArrayList<>(body.size() + 2);
        if (titleAt < 0 && facts.title() != null) {
            out.add(TextBlock.heading(facts.title(), SourceSpan.NONE));
        }
        int dateAfter = titleAt < 0 ? 0 : titleAt + 1;
        for (int i = 0; i < body.size(); i++) {
            if (i == dateAfter && !hasDate && facts.dateLine() != null) {
                out.add(TextBlock.paragraph(facts.dateLine(), SourceSpan.NONE));
            }
            out.add(body.get(i));
        }
        if (body.size() <= dateAfter && !hasDate && facts.dateLine() != null) {
            out.add(TextBlock.paragraph(facts.dateLine(), SourceSpan.NONE));
        }
        return out;
    }

    private static boolean isOwnTitle(String compact, String pageTitle) {
        if (compact.length() > 120) {
            return false;
        }
        if (pageTitle != null && compact.contains(pageTitle.replace(" ", ""))) {
            return true;
        }
        return compact.endsWith("年度报告") || compact.endsWith("年度报告（全文）") || compact.endsWith("工作报告");
    }

    /** Text blocks numbered as the paragraphs of the page a reader goes through. */
    private static List<Block> numbered(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int paragraph = 0;
        for (Block b : blocks) {
            if (b instanceof TextBlock t) {
                out.add(new TextBlock(t.kind(), t.text(), SourceSpan.paragraph(0, ++paragraph)));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** Visible characters of the article apart from a title and the page-header line (来源, 发布时间, 浏览次数 …). */
    private static int reportText(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof TextBlock t) {
                String c = t.text().replace(" ", "");
                if (!isOwnTitle(c, null) && !PageFactsReader.isHeaderLine(c)) {
                    n += HtmlText.visibleLength(t.text());
                }
            } else {
                n += MEDIA_ONLY_TEXT; // a data table is readable content
            }
        }
        return n;
    }

    /** Whether anything a reader sees (a footer, a link list) follows the article: then the file was not cut inside it. */
    private static boolean hasContentAfter(Element article, Element body, PageScores scores) {
        for (Element e = article; e != null && e != body; e = e.parent()) {
            for (Element sibling = e.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
                if (scores.text(sibling) + scores.links(sibling) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<ParseProblem> warnings(HtmlCharset.Decision charset) {
        if (charset.lenient()) {
            return List.of(IngestMessages.htmlCharsetReplaced(charset.charset().name(), charset.badOffset()));
        }
        if (charset.guessed() && charset.declared() != null) {
            return List.of(IngestMessages.htmlCharsetMismatch(charset.declared(), charset.charset().name()));
        }
        return charset.guessed() ? List.of(IngestMessages.charsetGuessed(charset.charset().name())) : List.of();
    }

    /** Whether the page ends with its closing tags (looked for in its last bytes). */
    private static boolean endsCleanly(Path file, long size) throws IOException {
        int tail = (int) Math.min(size, 4096);
        byte[] last = new byte[tail];
        try (var channel = Files.newByteChannel(file)) {
            channel.position(size - tail);
            ByteBuffer buf = ByteBuffer.wrap(last);
            while (buf.hasRemaining() && channel.read(buf) >= 0) {
                // read the whole tail
            }
        }
        String s = new String(last, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return s.contains("</html") || s.contains("</body") || s.contains("</frameset");
    }

    private static byte[] head(Path file, long size) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(size, HEAD));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String describe(Throwable e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + "（" + e.getMessage() + "）";
    }
}
