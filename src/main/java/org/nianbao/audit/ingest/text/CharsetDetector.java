package org.nianbao.audit.ingest.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides the charset of a text file: byte-order mark first, then UTF-16 without BOM (NULs on one byte
 * parity), then strict UTF-8, then juniversalchardet for the Chinese legacy encodings. Stateless.
 */
public final class CharsetDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Set<String> PLAUSIBLE = Set.of("BIG5", "EUC-TW", "UTF-8", "UTF-16LE",
            "UTF-16BE", "UTF-32LE", "UTF-32BE");
    /** How many times more NULs one byte parity must carry than the other to call it UTF-16. */
    private static final int DOMINANCE = 3;

    /** The charset named by a BOM at the start of {@code bytes}, if any. UTF-32 is tested before UTF-16 (FF FE 00 00). */
    public Optional<CharsetDecision> fromBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new CharsetDecision(StandardCharsets.UTF_8, 3, false));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new CharsetDecision(UTF_32LE, 4, false));
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new CharsetDecision(UTF_32BE, 4, false));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(new CharsetDecision(StandardCharsets.UTF_16LE, 2, false));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(new CharsetDecision(StandardCharsets.UTF_16BE, 2, false));
        }
        return Optional.empty();
    }

    /**
     * UTF-16 without BOM: ASCII characters (digits, tabs, line breaks) leave NUL bytes on their high
     * byte's parity; CJK code points ending in 00 (一 = U+4E00) put a few on the other. The dominant parity
     * decides. Always a guess; the caller still decodes strictly.
     */
    public Optional<CharsetDecision> utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        int pairs = b.length / 2;
        if (evenNul > pairs / 20 && oddNul * DOMINANCE < evenNul) {
            return Optional.of(new CharsetDecision(StandardCharsets.UTF_16BE, 0, true));
        }
        if (oddNul > pairs / 20 && evenNul * DOMINANCE < oddNul) {
            return Optional.of(new CharsetDecision(StandardCharsets.UTF_16LE, 0, true));
        }
        return Optional.empty();
    }

    /**
     * Asks juniversalchardet. Not confident (detector not done at the end of data, or no answer) means a
     * guess. GBK and GB2312 are decoded as GB18030, their superset.
     */
    public Optional<CharsetDecision> detectLegacy(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, b.length);
        boolean confident = detector.isDone();
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        Optional<Charset> charset = toCharset(name);
        return charset.map(c -> new CharsetDecision(c, 0, !confident));
    }

    /**
     * Only Chinese and Unicode encodings are plausible for these reports: a single-byte Western or
     * Cyrillic answer would decode any bytes into mojibake, so it is not taken.
     */
    private static Optional<Charset> toCharset(String detected) {
        String name = detected.toUpperCase(Locale.ROOT);
        if (name.equals("GBK") || name.equals("GB2312") || name.equals("GB18030") || name.equals("HZ-GB-2312")) {
            return Optional.of(GB18030);
        }
        if (!PLAUSIBLE.contains(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(detected));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
