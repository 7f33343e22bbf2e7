package org.nianbao.audit.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlCharsetTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String BODY = "<body><p>一、总体情况</p><p>本年度共收到政府信息公开申请17件，上年结转3件。"
            + "其中予以公开8件，部分公开3件，不予公开2件，无法提供3件。</p></body></html>";

    @TempDir
    Path dir;

    private HtmlCharset.Decision decide(byte[] bytes) throws IOException {
        Path file = dir.resolve("p.html");
        Files.write(file, bytes);
        return new HtmlCharset().decide(bytes, file);
    }

    @Test
    void should_read_a_page_declaring_gb2312_as_gb18030_its_superset() throws IOException {
        // GIVEN the classic http-equiv declaration, and a GBK-only character (镕) in the text
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + BODY.replace("一、", "朱镕基一、");
        // WHEN
        HtmlCharset.Decision d = decide(html.getBytes(GB18030));
        // THEN
        assertThat(d.charset()).isEqualTo(GB18030);
        assertThat(d.guessed()).isFalse();
        assertThat(d.lenient()).isFalse();
    }

    @Test
    void should_detect_an_undeclared_gbk_page() throws IOException {
        // WHEN
        HtmlCharset.Decision d = decide(("<html><head><title>年度报告</title></head>" + BODY).getBytes(GB18030));
        // THEN
        assertThat(d.charset()).isEqualTo(GB18030);
        assertThat(d.declared()).isNull();
        assertThat(d.lenient()).isFalse();
    }

    @Test
    void should_not_believe_a_declaration_the_bytes_contradict() throws IOException {
        // GIVEN a page saved as UTF-8 that still declares gb2312
        String html = "<html><head><meta charset=\"gb2312\"></head>" + BODY;
        // WHEN
        HtmlCharset.Decision d = decide(html.getBytes(StandardCharsets.UTF_8));
        // THEN UTF-8, noted as a mismatch with the declaration
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.guessed()).isTrue();
        assertThat(d.declared()).isEqualTo("gb2312");
    }

    @Test
    void should_prefer_a_byte_order_mark_to_any_declaration() throws IOException {
        byte[] text = ("<html><head><meta charset=\"gbk\"></head>" + BODY).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        HtmlCharset.Decision d = decide(bytes);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.bomLength()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void should_accept_a_utf8_page_cut_inside_its_last_character(int bytesOfLastCharacter) throws IOException {
        // GIVEN a download cut in the middle of a three-byte character
        byte[] full = ("<html><head><meta charset=\"utf-8\"></head>" + BODY).getBytes(StandardCharsets.UTF_8);
        int cut = ("<html><head><meta charset=\"utf-8\"></head><body><p>一").getBytes(StandardCharsets.UTF_8).length
                + bytesOfLastCharacter;
        byte[] bytes = Arrays.copyOf(full, cut);
        // WHEN
        HtmlCharset.Decision d = decide(bytes);
        // THEN still the declared UTF-8, not a guess at another charset
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.guessed()).isFalse();
    }

    @Test
    void should_find_the_declaration_of_an_xhtml_page_in_its_xml_declaration() {
        byte[] head = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<html>".getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlCharset.declared(head)).isEqualTo("GBK");
        assertThat(HtmlCharset.forName("GBK")).isEqualTo(GB18030);
        assertThat(HtmlCharset.forName("no-such-charset")).isNull();
    }
}
