package org.nianbao.audit.ingest.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.nianbao.audit.ingest.IngestMessages;
import org.nianbao.audit.model.ParseProblem;

/**
 * Turns the bytes of a text file into lines: charset decision, binary and emptiness checks, strict
 * decoding. Never throws for bad content; the outcome says what went wrong and where. Stateless.
 */
public final class TextDecoding {
    private final CharsetDetector detector = new CharsetDetector();
    private final BinarySniffer sniffer = new BinarySniffer();
    private final StrictDecoder decoder = new StrictDecoder();
    private final LineSplitter splitter = new LineSplitter();

    /** Decoded lines with the charset used, or the problem that stopped decoding. */
    public record Outcome(String charset, List<String> lines, ParseProblem problem, List<ParseProblem> warnings) {
    }

    public Outcome decode(byte[] bytes) {
        if (bytes.length == 0) {
            return failure(IngestMessages.empty());
        }
        Optional<CharsetDecision> bom = detector.fromBom(bytes);
        if (bom.isPresent()) {
            return decodeWith(bytes, bom.get());
        }
        Optional<CharsetDecision> utf16 = detector.utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            Outcome outcome = decodeWith(bytes, utf16.get());
            if (outcome.problem() == null) {
                return outcome;
            }
        }
        Optional<ParseProblem> binary = sniffer.inspect(bytes, 0);
        if (binary.isPresent()) {
            return failure(binary.get());
        }
        StrictDecoder.Result utf8 = decoder.decode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.ok()) {
            return success(StandardCharsets.UTF_8.name(), utf8.text(), false);
        }
        Optional<CharsetDecision> legacy = detector.detectLegacy(bytes);
        CharsetDecision decision = legacy.orElse(new CharsetDecision(CharsetDetector.GB18030, 0, true));
        StrictDecoder.Result decoded = decoder.decode(bytes, 0, decision.charset());
        if (!decoded.ok()) {
            return failure(legacy.isPresent()
                    ? IngestMessages.undecodable(decision.charset().name(), decoded.badOffset())
                    : IngestMessages.undetectable(utf8.badOffset()));
        }
        return success(decision.charset().name(), decoded.text(), decision.guessed());
    }

    private Outcome decodeWith(byte[] bytes, CharsetDecision decision) {
        if (bytes.length == decision.bomLength()) {
            return failure(IngestMessages.empty());
        }
        StrictDecoder.Result decoded = decoder.decode(bytes, decision.bomLength(), decision.charset());
        if (!decoded.ok()) {
            return failure(IngestMessages.undecodable(decision.charset().name(), decoded.badOffset()));
        }
        return success(decision.charset().name(), decoded.text(), decision.guessed());
    }

    private Outcome success(String charset, String text, boolean guessed) {
        if (text.isBlank() || isAllInvisible(text)) {
            return failure(IngestMessages.empty());
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return failure(IngestMessages.binaryNulChar(charset, nul));
        }
        List<ParseProblem> warnings = guessed ? List.of(IngestMessages.charsetGuessed(charset)) : List.of();
        return new Outcome(charset, splitter.split(text), null, warnings);
    }

    private static boolean isAllInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\ufeff' && c != '\u200b') {
                return false;
            }
        }
        return true;
    }

    private static Outcome failure(ParseProblem problem) {
        return new Outcome(null, List.of(), problem, List.of());
    }
}
