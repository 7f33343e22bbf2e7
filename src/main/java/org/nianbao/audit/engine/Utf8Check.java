package org.nianbao.audit.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Where a rules-folder file stops being UTF-8. Rule authors on Chinese Windows save files in GBK by
 * default; read leniently, a GBK word list silently matches nothing (issue 14: the spam check switched
 * off), so every file of the rules folder is checked, with the line and column of the first bad byte.
 */
final class Utf8Check {
    private Utf8Check() {
    }

    /** The offset of the first byte that is not part of valid UTF-8, if any. */
    static OptionalInt firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return OptionalInt.of(in.position());
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        CoderResult end = decoder.flush(out);
        if (end.isError()) {
            return OptionalInt.of(in.position());
        }
        return OptionalInt.empty();
    }

    /** 1-based line and column (in characters) of byte {@code offset}; the line's text before it is decoded leniently. */
    static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, Math.max(0, offset - lineStart), StandardCharsets.UTF_8);
        return new int[] {line, before.length() + 1};
    }

    /** 1-based line and column of character {@code index} of {@code text}. */
    static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
