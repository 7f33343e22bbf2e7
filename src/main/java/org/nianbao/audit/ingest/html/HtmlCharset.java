package org.nianbao.audit.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.audit.ingest.text.CharsetDecision;
import org.nianbao.audit.ingest.text.CharsetDetector;

/**
 * Decides how to decode a page, as a browser would but stricter: a byte-order mark wins; then the charset the
 * page declares ({@code <meta charset>}, {@code http-equiv Content-Type}, an XML declaration) when the bytes
 * really are in it; then strict UTF-8; then the Chinese legacy encodings the text reader detects. Sites
 * declare gb2312 and write GBK characters, so the GB family is always read as GB18030, their superset.
 * Validation streams over the file, so a 50 MB page costs no 50 MB string here. Stateless.
 */
final class HtmlCharset {
    /** Browsers look for the declaration in the first 1024 bytes; CMS pages put comments first, so look further. */
    private static final int DECLARATION_SCAN = 8 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private final CharsetDetector detector = new CharsetDetector();

    /**
     * The decision, and when the bytes are not valid in any candidate the offset of the first bad byte of the
     * chosen charset (the page is then decoded with replacement characters and a warning).
     */
    record Decision(Charset charset, int bomLength, boolean guessed, String declared, long badOffset) {
        boolean lenient() {
            return badOffset >= 0;
        }
    }

    /** @param head the first bytes of the file (at most a few MB), {@code file} the whole of it */
    Decision decide(byte[] head, Path file) throws IOException {
        Optional<CharsetDecision> bom = detector.fromBom(head);
        if (bom.isPresent()) {
            CharsetDecision d = bom.get();
            long bad = firstBadByte(file, d.charset(), d.bomLength());
            return new Decision(d.charset(), d.bomLength(), false, null, bad);
        }
        String declaredName = declared(head);
        Charset declared = declaredName == null ? null : forName(declaredName);
        if (declared != null && firstBadByte(file, declared, 0) < 0) {
            return new Decision(declared, 0, false, declaredName, -1);
        }
        if (!StandardCharsets.UTF_8.equals(declared) && firstBadByte(file, StandardCharsets.UTF_8, 0) < 0) {
            return new Decision(StandardCharsets.UTF_8, 0, declared != null, declaredName, -1);
        }
        Optional<CharsetDecision> legacy = detector.detectLegacy(head);
        if (legacy.isPresent() && !legacy.get().charset().equals(declared)
                && firstBadByte(file, legacy.get().charset(), 0) < 0) {
            // undeclared and detected with confidence is as good as declared; a wrong declaration is always noted
            return new Decision(legacy.get().charset(), 0, legacy.get().guessed() || declared != null, declaredName, -1);
        }
        Charset fallback = declared != null ? declared
                : legacy.map(CharsetDecision::charset).orElse(CharsetDetector.GB18030);
        return new Decision(fallback, 0, true, declaredName, firstBadByte(file, fallback, 0));
    }

    /** The charset name the page declares in its first bytes, or null. */
    static String declared(byte[] head) {
        String ascii = new String(head, 0, Math.min(head.length, DECLARATION_SCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(ascii);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(ascii);
        return meta.find() ? meta.group(1) : null;
    }

    /** GB2312/GBK pages carry GBK characters: their superset decodes both; unknown names count as undeclared. */
    static Charset forName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("_", "-");
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("gb18030") || n.equals("cp936")
                || n.equals("euc-cn") || n.equals("hz-gb-2312")) {
            return CharsetDetector.GB18030;
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset c = Charset.forName(name);
            // a page is never really UTF-16 when its ASCII declaration was readable: browsers take UTF-8 then
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Offset of the first byte that is not valid in {@code charset}, -1 when the whole file decodes. */
    static long firstBadByte(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long consumed = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skip);
            consumed = skip;
            boolean eof = false;
            while (!eof) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                eof = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult r;
                do {
                    out.clear();
                    r = decoder.decode(in, out, eof);
                    if (r.isError() && !(eof && r.isMalformed() && in.remaining() <= 3)) {
                        return consumed + in.position();
                    }
                    if (r.isError()) {
                        // the file ends inside its last character: a cut download, not another charset
                        return -1;
                    }
                } while (r.isOverflow());
                consumed += in.position();
                in.compact();
            }
            out.clear();
            return decoder.flush(out).isError() ? consumed : -1;
        }
    }
}
