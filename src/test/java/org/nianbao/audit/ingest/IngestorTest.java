package org.nianbao.audit.ingest;

import org.nianbao.audit.document.Document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.model.ProblemCode;

class IngestorTest {
    private final Ingestor ingestor = org.nianbao.audit.engine.formats.ProjectFormats.ingestor();

    @Test
    void should_read_a_seed_with_the_text_reader() {
        Document doc = ingestor.read(Path.of("fixtures/seeds/001_5fa92bbbf5bb350f.txt"), "001");
        assertThat(doc.readable()).isTrue();
        assertThat(doc.format()).isEqualTo("text");
        assertThat(doc.source()).isEqualTo("001");
    }

    @Test
    void should_say_a_format_is_not_supported_yet_naming_the_extension(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("report.OFD"), new byte[] {'P', 'K', 3, 4});
        Document doc = ingestor.read(pdf, "report.OFD");
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.UNSUPPORTED_FORMAT);
        assertThat(doc.problem().getDetail()).contains(".OFD");
        assertThat(doc.bytes()).isEqualTo(4);
    }

    @Test
    void should_record_a_missing_file_as_unreadable(@TempDir Path dir) {
        Document doc = ingestor.read(dir.resolve("nope.txt"), "nope.txt");
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.UNREADABLE_FILE);
        assertThat(doc.problem().getDetail()).contains("nope.txt");
    }

    @Test
    void should_record_a_directory_as_unreadable(@TempDir Path dir) {
        assertThat(ingestor.read(dir, "dir").problem().getCode()).isEqualTo(ProblemCode.UNREADABLE_FILE);
    }

    @Test
    void should_use_the_first_reader_that_accepts_the_file(@TempDir Path dir) throws IOException {
        // GIVEN a reader for a new format placed before the text reader
        Path html = Files.writeString(dir.resolve("r.html"), "<p>x</p>");
        SourceReader htmlReader = new SourceReader() {
            @Override public String format() { return "html"; }
            @Override public boolean accepts(Path file) { return file.toString().endsWith(".html"); }
            @Override public Document read(Path file, String source) {
                return new Document(source, format(), "UTF-8", 8,
                        List.of(org.nianbao.audit.document.TextBlock.paragraph("x", org.nianbao.audit.model.SourceSpan.NONE)),
                        null, null, List.of());
            }
        };
        // WHEN
        Document doc = new Ingestor(List.of(htmlReader, new TextSourceReader(org.nianbao.audit.engine.formats.ProjectFormats.vocabulary()))).read(html, "r.html");
        // THEN
        assertThat(doc.format()).isEqualTo("html");
        assertThat(DocumentTexts.lines(doc)).containsExactly("x");
    }
}
