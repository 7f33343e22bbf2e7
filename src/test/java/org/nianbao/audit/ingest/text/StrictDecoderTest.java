package org.nianbao.audit.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictDecoderTest {
    private final StrictDecoder decoder = new StrictDecoder();

    @Test
    void should_decode_utf8_with_ascii_cjk_and_supplementary_characters_exactly() {
        // GIVEN one-, two-, three- and four-byte sequences (𠀀 is a surrogate pair in Java)
        String text = "规章 a\u00e9\u4e00\ud840\udc00\t末";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        // WHEN
        StrictDecoder.Result result = decoder.decode(bytes, 0, StandardCharsets.UTF_8);

        // THEN
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.badOffset()).isEqualTo(-1);
        assertThat(StrictDecoder.utf16Length(bytes, 0)).isEqualTo(text.length());
    }

    @Test
    void should_decode_a_long_text_after_a_bom_offset() {
        // GIVEN a text longer than the validation buffer, behind a three-byte BOM
        String text = "政府信息公开工作年度报告\n".repeat(2000);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);

        // WHEN / THEN
        assertThat(decoder.decode(bytes, 3, StandardCharsets.UTF_8).text()).isEqualTo(text);
    }

    @Test
    void should_report_the_offset_of_the_first_malformed_utf8_sequence() {
        // GIVEN "规章" then an overlong NUL, a UTF-16 surrogate in three bytes, a stray continuation byte, a cut sequence
        byte[] ok = "规章".getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {{(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0x80},
            {(byte) 0xe4, (byte) 0xb8}, {(byte) 0xf8, 0x41, 0x41, 0x41, 0x41}};
        for (byte[] b : bad) {
            byte[] bytes = new byte[ok.length + b.length];
            System.arraycopy(ok, 0, bytes, 0, ok.length);
            System.arraycopy(b, 0, bytes, ok.length, b.length);

            // WHEN
            StrictDecoder.Result result = decoder.decode(bytes, 0, StandardCharsets.UTF_8);

            // THEN the text is refused at the byte right after "规章"
            assertThat(result.ok()).isFalse();
            assertThat(result.badOffset()).isEqualTo(6);
        }
    }

    @Test
    void should_decode_gb18030_and_refuse_its_malformed_bytes() {
        // GIVEN a GB18030 text, then the same with a lead byte and no trail byte at the end
        Charset gb = Charset.forName("GB18030");
        String text = "二、主动公开政府信息情况".repeat(1000);
        byte[] bytes = text.getBytes(gb);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        cut[bytes.length] = (byte) 0x81;

        // WHEN / THEN
        assertThat(decoder.decode(bytes, 0, gb).text()).isEqualTo(text);
        assertThat(decoder.decode(cut, 0, gb).badOffset()).isEqualTo(bytes.length);
    }
}
