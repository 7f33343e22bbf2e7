package org.nianbao.audit.ingest;

import org.nianbao.audit.document.Document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.ProblemCode;

class TextSourceReaderTest {
    private static final Path SEED_000 = Path.of("fixtures/seeds/000_622e8beca5a8e726.txt");
    private final TextSourceReader reader = new TextSourceReader(org.nianbao.audit.engine.formats.ProjectFormats.vocabulary());

    @ParameterizedTest
    @CsvSource({"utf8-bom.txt, UTF-8", "utf16le-bom.txt, UTF-16LE", "utf16be-bom.txt, UTF-16BE",
            "gb18030.txt, GB18030", "crlf.txt, UTF-8"})
    void should_decode_every_encoding_of_seed_000_to_the_same_lines(String file, String charset) throws IOException {
        // GIVEN seed 000 re-encoded
        List<String> expected = Files.readAllLines(SEED_000, StandardCharsets.UTF_8);
        // WHEN
        Document doc = reader.read(Path.of("fixtures/encodings", file), file);
        // THEN
        assertThat(doc.problem()).isNull();
        assertThat(doc.charset()).isEqualTo(charset);
        assertThat(DocumentTexts.lines(doc)).isEqualTo(expected);
        assertThat(DocumentTexts.lines(doc).get(0)).doesNotStartWith("\ufeff");
    }

    @Test
    void should_decode_gbk_as_gb18030_without_a_guess_warning() throws IOException {
        // GIVEN seed 000 in GBK (NBSP and EN SPACE written as spaces, GBK has neither)
        List<String> expected = Files.readAllLines(SEED_000, StandardCharsets.UTF_8).stream()
                .map(l -> l.replace('\u00a0', ' ').replace('\u2002', ' ')).toList();
        // WHEN
        Document doc = reader.read(Path.of("fixtures/encodings/gbk.txt"), "gbk.txt");
        // THEN
        assertThat(doc.charset()).isEqualTo("GB18030");
        assertThat(DocumentTexts.lines(doc)).isEqualTo(expected);
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void should_keep_tabs_nbsp_and_trailing_spaces_verbatim() {
        // WHEN
        Document doc = reader.read(SEED_000, "000");
        // THEN line 104 is a tab-prefixed cell "\t\u00a00"
        assertThat(DocumentTexts.lines(doc).get(103)).isEqualTo("\t\u00a00");
        assertThat(DocumentTexts.lines(doc)).hasSize(438);
    }

    @Test
    void should_guess_utf16_without_bom_and_say_so(@TempDir Path dir) throws IOException {
        // GIVEN
        Path file = dir.resolve("nobom.txt");
        Files.write(file, "一、总体情况\n2023年，本局未收到申请。\n".getBytes(StandardCharsets.UTF_16LE));
        // WHEN
        Document doc = reader.read(file, "nobom.txt");
        // THEN
        assertThat(doc.charset()).isEqualTo("UTF-16LE");
        assertThat(DocumentTexts.lines(doc)).containsExactly("一、总体情况", "2023年，本局未收到申请。");
        assertThat(doc.warnings()).extracting(p -> p.getCode()).containsExactly(ProblemCode.CHARSET_GUESSED);
        assertThat(doc.warnings().get(0).getOrigin()).isEqualTo(Origin.EXTRACTION);
    }

    @Test
    void should_decode_utf32_with_bom(@TempDir Path dir) throws IOException {
        byte[] body = "六、其他需要报告的事项\n无".getBytes("UTF-32LE");
        byte[] bytes = new byte[body.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 4, body.length);
        Document doc = reader.read(Files.write(dir.resolve("u32.txt"), bytes), "u32.txt");
        assertThat(doc.charset()).isEqualTo("UTF-32LE");
        assertThat(DocumentTexts.lines(doc)).containsExactly("六、其他需要报告的事项", "无");
    }

    @Test
    void should_record_empty_input_for_an_empty_file() {
        Document doc = reader.read(Path.of("fixtures/hostile/empty.txt"), "empty.txt");
        assertThat(doc.readable()).isFalse();
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.EMPTY_INPUT);
        assertThat(DocumentTexts.lines(doc)).isEmpty();
    }

    @Test
    void should_record_empty_input_for_a_bom_and_blanks_only(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blank.txt");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n', '\t', '\r', '\n'});
        assertThat(reader.read(file, "blank.txt").problem().getCode()).isEqualTo(ProblemCode.EMPTY_INPUT);
    }

    @Test
    void should_record_binary_input_with_the_offset_of_the_first_nul() {
        // GIVEN a PNG saved as .txt: its first NUL is byte 8 (IHDR length)
        Document doc = reader.read(Path.of("fixtures/hostile/binary.txt"), "binary.txt");
        // THEN
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.BINARY_INPUT);
        assertThat(doc.problem().getOrigin()).isEqualTo(Origin.INPUT);
        assertThat(doc.problem().getDetail()).contains("第 8 字节");
    }

    @Test
    void should_record_binary_input_for_control_characters_without_nul(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Path file = dir.resolve("ctl.txt");
        Files.write(file, bytes);
        Document doc = reader.read(file, "ctl.txt");
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.BINARY_INPUT);
        assertThat(doc.problem().getDetail()).contains("控制字符");
    }

    @Test
    void should_record_undecodable_input_with_the_bad_byte_offset(@TempDir Path dir) throws IOException {
        // GIVEN a UTF-16LE BOM followed by a lone low surrogate at byte 4
        Path file = dir.resolve("bad16.txt");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xDC, 'b', 0});
        // WHEN
        Document doc = reader.read(file, "bad16.txt");
        // THEN
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.UNDECODABLE_INPUT);
        assertThat(doc.problem().getDetail()).contains("UTF-16LE").contains("第 4 字节");
    }

    @Test
    void should_record_bytes_that_are_neither_utf8_nor_a_chinese_encoding_as_undecodable(@TempDir Path dir) throws IOException {
        // GIVEN invalid UTF-8 at byte 3 that only a Western single-byte charset would "decode"
        Path file = dir.resolve("latin.txt");
        Files.write(file, new byte[] {'a', 'b', 'c', (byte) 0xFF, (byte) 0xFE, 'd', 'e', 'f'});
        // WHEN
        Document doc = reader.read(file, "latin.txt");
        // THEN
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.UNDECODABLE_INPUT);
        assertThat(doc.problem().getDetail()).contains("第 3 字节");
    }

    @Test
    void should_decode_big5_detected_by_the_library(@TempDir Path dir) throws IOException {
        String text = "某縣科學技術局政府信息公開工作年度報告，本年度未收到政府信息公開申請。";
        Path file = Files.write(dir.resolve("big5.txt"), text.getBytes("Big5"));
        Document doc = reader.read(file, "big5.txt");
        assertThat(doc.charset()).isEqualTo("Big5");
        assertThat(DocumentTexts.lines(doc)).containsExactly(text);
    }

    @Test
    void should_refuse_a_file_above_the_size_limit_without_reading_it(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[2048]);
        Document doc = new TextSourceReader(1024, org.nianbao.audit.engine.formats.ProjectFormats.vocabulary()).read(file, "big.txt");
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.INPUT_TOO_LARGE);
        assertThat(doc.problem().getDetail()).contains("2048").contains("1024");
        assertThat(doc.bytes()).isEqualTo(2048);
    }

    @Test
    void should_record_an_unreadable_file_instead_of_throwing(@TempDir Path dir) {
        Document doc = reader.read(dir, "dir.txt");
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.UNREADABLE_FILE);
    }

    @ParameterizedTest
    @CsvSource({"a.txt, true", "a.TXT, true", "a.md, true", "a.Markdown, true", "a.text, true", "a.tsv, true",
            "a.pdf, false", "a.docx, false", "README, false"})
    void should_accept_text_extensions_case_insensitively(String name, boolean accepted) {
        assertThat(reader.accepts(Path.of(name))).isEqualTo(accepted);
    }
}
