package org.nianbao.audit.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

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
     * Validates with a strict decoder writing into a small reused buffer, then builds the String in one go.
     * Decoding straight into a buffer sized for the worst case took a char per input byte on top of the
     * String (a 50 MB file: 100 MB of chars, then a copy): the largest single allocation of a big report.
     * On input the strict decoder accepts, the String constructor yields exactly the same characters.
     */
    Result decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return new Result(null, in.position());
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear(); // overflow: only validating, the characters are not kept
        }
        out.clear();
        if (decoder.flush(out).isError()) {
            return new Result(null, in.position());
        }
        return new Result(new String(bytes, from, bytes.length - from, charset), -1);
    }
}
