package org.nianbao.audit.ingest.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.ProblemCode;

/** Hostile and foreign Word files: each refused with its reason, never a crash, at bounded cost. */
class HostileDocxTest {
    private final Ingestor ingestor = org.nianbao.audit.engine.formats.ProjectFormats.ingestor();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "zip-bomb.docx; INPUT_TOO_LARGE; 疑为压缩炸弹",
        "zip-bomb-lying-directory.docx; INPUT_TOO_LARGE; 解压时超过 100 倍压缩比",
        "truncated.docx; UNREADABLE_FILE; ZIP 结构损坏，文件可能不完整",
        "no-document-xml.docx; UNREADABLE_FILE; 缺少正文部分（word/document.xml）",
        "encrypted.docx; UNREADABLE_FILE; 文档已加密",
        "image-only.docx; EMPTY_INPUT; 正文只有图片，无可读文字（共 2 张图片）",
        "old-kingsoft.wps; UNSUPPORTED_FORMAT; 请另存为 .docx 或 PDF 后再提交",
        "report.rtf; UNSUPPORTED_FORMAT; RTF 格式文件无法直接读取：请另存为 .docx 或 PDF 后再提交",
        "report.odt; UNSUPPORTED_FORMAT; OpenDocument 文本（.odt）无法直接读取：请另存为 .docx 或 PDF 后再提交",
        "picture.docx; UNSUPPORTED_FORMAT; 内容是图片（PNG）"})
    void should_refuse_each_hostile_file_with_its_reason(String name, ProblemCode code, String reason) {
        // GIVEN a committed hostile file WHEN it is read
        Document doc = ingestor.read(HostileDocx.DIR.resolve(name), name);
        // THEN it is not readable, with the reason a user can act on
        assertThat(doc.readable()).isFalse();
        assertThat(doc.problem().getCode()).isEqualTo(code);
        assertThat(doc.problem().getDetail()).contains(reason);
        assertThat(doc.blocks()).isEmpty();
    }

    @Test
    void should_refuse_a_freshly_built_zip_bomb_fast_and_within_bounded_memory() throws IOException {
        // GIVEN a 512 MB bomb whose directory lies about its size (only the limits applied while inflating catch it)
        Path bomb = Files.write(dir.resolve("bomb.docx"), HostileDocx.zipBomb(512L << 20, true));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        // WHEN it is read
        Document doc = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ingestor.read(bomb, "bomb.docx"));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // THEN it is refused as a bomb after inflating a few megabytes at most
        assertThat(Files.size(bomb)).isLessThan(1L << 20);
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.INPUT_TOO_LARGE);
        assertThat(doc.problem().getDetail()).contains("压缩炸弹");
        assertThat(allocated).isLessThan(64L << 20);
    }

    @Test
    void should_refuse_a_document_whose_xml_is_larger_than_the_limit_before_parsing_it() throws IOException {
        // GIVEN a real-looking document.xml of 30 MB of varied paragraphs (compressing only a few times)
        Path huge = dir.resolve("huge.docx");
        Random random = new Random(7);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(huge))) {
            put(zip, "[Content_Types].xml", contentTypes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            StringBuilder para = new StringBuilder();
            for (long written = 0; written < 30L << 20; written += para.length()) {
                para.setLength(0);
                para.append("<w:p><w:r><w:t>第").append(random.nextLong()).append("段").append(random.nextLong())
                        .append("</w:t></w:r></w:p>");
                zip.write(para.toString().getBytes(StandardCharsets.UTF_8));
            }
            zip.closeEntry();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        // WHEN it is read
        Document doc = ingestor.read(huge, "huge.docx");
        // THEN the archive's directory alone refuses it
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.INPUT_TOO_LARGE);
        assertThat(doc.problem().getDetail()).startsWith("Word 文档正文过大").contains("12582912");
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(16L << 20);
    }

    @Test
    void should_read_a_docx_named_doc_and_a_doc_named_docx_by_their_content() throws IOException {
        // GIVEN a .docx saved with a .doc name and a Word 97 file with a .docx name
        Path docxAsDoc = Files.copy(DocxFixtureGenerator.REPORT_2021, dir.resolve("report.doc"));
        Path docAsDocx = Files.copy(Path.of("fixtures/docx/2021_libreoffice.doc"), dir.resolve("report.docx"));
        // WHEN / THEN each is read as what it is
        assertThat(ingestor.read(docxAsDoc, "report.doc").format()).isEqualTo("docx");
        assertThat(ingestor.read(docAsDocx, "report.docx").format()).isEqualTo("doc");
        assertThat(ingestor.read(docAsDocx, "report.docx").blocks()).hasSize(25);
    }

    @Test
    void should_refuse_an_empty_file_and_a_text_file_with_a_word_name() throws IOException {
        Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.doc"), "这不是Word文档", StandardCharsets.UTF_8);
        assertThat(ingestor.read(empty, "empty.docx").problem().getCode()).isEqualTo(ProblemCode.EMPTY_INPUT);
        Document doc = ingestor.read(text, "notes.doc");
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.UNREADABLE_FILE);
        assertThat(doc.problem().getDetail()).contains("内容不是 Word 文档");
    }

    private static String contentTypes() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
