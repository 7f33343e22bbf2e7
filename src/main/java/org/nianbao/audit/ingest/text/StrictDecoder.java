package org.nianbao.audit.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes refusing any malformed or unmappable sequence, and says at which byte it failed. */
final class StrictDecoder {
    private static final int CHUNK = 8192;

    /** Either the text or the absolute byte offset of the first bad sequence. */
    record Result(String text, long badOffset) {
        boolean ok() {
            return text != null;
        }
    }

    /**
     * Decodes with a strict decoder. UTF-8 (nearly every text file) is decoded once, into a buffer of exactly the
     * text's length counted beforehand, which becomes the String. Any other charset, or a count the decoder
     * overflows (malformed input), is validated through a small reused buffer and the String built in one go
     * afterwards: decoding straight into a buffer sized for the worst case took a char per input byte on top of
     * the String (a 50 MB file: 100 MB of chars, then a copy), the largest single allocation of a big report. The
     * strict decoder alone decides what is valid and where it fails; on input it accepts, both ways yield exactly
     * the same characters.
     */
    Result decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        boolean exact = StandardCharsets.UTF_8.equals(charset);
        CharBuffer out = CharBuffer.allocate(exact ? utf16Length(bytes, from) : CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return new Result(null, in.position());
            }
            if (result.isUnderflow()) {
                break;
            }
            // overflow: from now on only validating, the characters are not kept
            exact = false;
            out = out.capacity() >= CHUNK ? out.clear() : CharBuffer.allocate(CHUNK);
        }
        int decoded = out.position();
        if (decoder.flush(out).isError()) {
            return new Result(null, in.position());
        }
        return exact && out.position() == decoded
                ? new Result(new String(out.array(), 0, decoded), -1)
                : new Result(new String(bytes, from, bytes.length - from, charset), -1);
    }

    /**
     * The number of UTF-16 chars well-formed UTF-8 decodes to: one per sequence (counted by the bytes that are
     * not continuation bytes 10xxxxxx), two for a four-byte sequence (a surrogate pair). Only sizes the buffer:
     * malformed input may count wrong, and then the decoder overflows or reports it.
     */
    static int utf16Length(byte[] bytes, int from) {
        int n = 0;
        for (int i = from; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if ((b & 0xc0) != 0x80) {
                n += b >= 0xf0 ? 2 : 1;
            }
        }
        return n;
    }
}
