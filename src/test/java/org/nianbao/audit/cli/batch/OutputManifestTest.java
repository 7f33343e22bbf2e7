package org.nianbao.audit.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.JsonSupport;

class OutputManifestTest {
    @TempDir
    Path tmp;

    private Path out() throws IOException {
        return Files.createDirectories(tmp.resolve("out"));
    }

    private static void write(AtomicFiles files, String... names) throws IOException {
        for (String name : names) {
            files.write(name, o -> o.write(name.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static List<String> listed(Path folder) throws IOException {
        JsonNode files = JsonSupport.MAPPER.readTree(folder.resolve(OutputManifest.FILE_NAME).toFile()).get("files");
        return JsonSupport.MAPPER.convertValue(files, JsonSupport.MAPPER.getTypeFactory()
                .constructCollectionType(List.class, String.class));
    }

    @Test
    void should_remove_what_the_previous_run_wrote_and_this_run_did_not() throws IOException {
        // GIVEN a first run that wrote two agencies' pages, and a second that writes only one of them
        Path out = out();
        AtomicFiles first = new AtomicFiles(out);
        write(first, "甲-2023.html", "乙-2023.html", "index.html");
        assertThat(OutputManifest.replace(first)).isZero();
        AtomicFiles second = new AtomicFiles(out);
        write(second, "甲-2023.html", "index.html");
        // WHEN
        int removed = OutputManifest.replace(second);
        // THEN
        assertThat(removed).isEqualTo(1);
        assertThat(out.resolve("乙-2023.html")).doesNotExist();
        assertThat(out.resolve("甲-2023.html")).exists();
        assertThat(listed(out)).containsExactly("index.html", "甲-2023.html");
    }

    @Test
    void should_never_touch_a_file_no_run_wrote() throws IOException {
        // GIVEN the user's own files beside a previous run's outputs, one with an output extension
        Path out = out();
        Files.writeString(out.resolve("我的笔记.md"), "自己的");
        Files.writeString(out.resolve("通报草稿.docx"), "自己的");
        AtomicFiles first = new AtomicFiles(out);
        write(first, "甲-2023.json");
        OutputManifest.replace(first);
        // WHEN a run that writes nothing the first one did
        int removed = OutputManifest.replace(new AtomicFiles(out));
        // THEN only the previous run's file went
        assertThat(removed).isEqualTo(1);
        assertThat(out.resolve("甲-2023.json")).doesNotExist();
        assertThat(out.resolve("我的笔记.md")).hasContent("自己的");
        assertThat(out.resolve("通报草稿.docx")).hasContent("自己的");
    }

    @Test
    void should_ignore_names_in_a_forged_manifest_that_are_not_plain_output_files_inside_the_folder()
            throws IOException {
        // GIVEN files outside --out, in a subfolder, a link, a user file without an output extension, and a
        // manifest naming all of them
        Path out = out();
        Path outside = Files.writeString(tmp.resolve("victim.json"), "outside");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("sub/inner.json"), "inner");
        Files.writeString(out.resolve("keep.docx"), "docx");
        Files.writeString(out.resolve(".hidden.json"), "hidden");
        Files.createDirectories(out.resolve("folder.json"));
        Files.createSymbolicLink(out.resolve("link.json"), outside);
        Files.writeString(out.resolve(OutputManifest.FILE_NAME), """
                {"files": ["../victim.json", "%s", "sub/inner.json", "sub\\\\inner.json", "..", ".", "",
                 "keep.docx", ".hidden.json", "folder.json", "link.json", "a\\u0000.json", 42, null,
                 ".nianbao-audit-outputs.json"]}
                """.formatted(outside.toAbsolutePath().toString().replace("\\", "\\\\")));
        // WHEN
        int removed = OutputManifest.replace(new AtomicFiles(out));
        // THEN nothing at all was removed
        assertThat(removed).isZero();
        assertThat(outside).hasContent("outside");
        assertThat(out.resolve("sub/inner.json")).hasContent("inner");
        assertThat(out.resolve("keep.docx")).hasContent("docx");
        assertThat(out.resolve(".hidden.json")).hasContent("hidden");
        assertThat(out.resolve("folder.json")).isDirectory();
        assertThat(Files.isSymbolicLink(out.resolve("link.json"))).isTrue();
        assertThat(listed(out)).isEmpty();
    }

    @Test
    void should_keep_a_file_this_run_wrote_under_another_case_of_its_name() throws IOException {
        // GIVEN a previous run that wrote "Bureau.json" and a run that writes "bureau.json" (one file on a
        // case-insensitive file system)
        Path out = out();
        Files.writeString(out.resolve(OutputManifest.FILE_NAME), "{\"files\": [\"Bureau.json\"]}");
        Files.writeString(out.resolve("Bureau.json"), "old");
        AtomicFiles files = new AtomicFiles(out);
        write(files, "bureau.json");
        // WHEN
        int removed = OutputManifest.replace(files);
        // THEN
        assertThat(removed).isZero();
        assertThat(out.resolve("Bureau.json")).exists();
    }

    @Test
    void should_clean_nothing_and_go_on_when_the_manifest_is_damaged() throws IOException {
        // GIVEN
        Path out = out();
        Files.writeString(out.resolve(OutputManifest.FILE_NAME), "{\"files\": [\"a.json\"");
        Files.writeString(out.resolve("a.json"), "old");
        AtomicFiles files = new AtomicFiles(out);
        write(files, "b.json");
        // WHEN
        int removed = OutputManifest.replace(files);
        // THEN
        assertThat(removed).isZero();
        assertThat(out.resolve("a.json")).exists();
        assertThat(listed(out)).containsExactly("b.json");
    }

    @Test
    void should_accept_only_plain_visible_output_file_names() {
        assertThat(OutputManifest.plainOutputName("某某县人民政府-2023.html")).isTrue();
        assertThat(OutputManifest.plainOutputName("summary.sarif")).isTrue();
        assertThat(OutputManifest.plainOutputName("../x.json")).isFalse();
        assertThat(OutputManifest.plainOutputName("a/b.json")).isFalse();
        assertThat(OutputManifest.plainOutputName("a\\b.json")).isFalse();
        assertThat(OutputManifest.plainOutputName("C:x.json")).isFalse();
        assertThat(OutputManifest.plainOutputName(".x.json")).isFalse();
        assertThat(OutputManifest.plainOutputName("x.exe")).isFalse();
        assertThat(OutputManifest.plainOutputName("json")).isFalse();
        assertThat(OutputManifest.plainOutputName("a\nb.json")).isFalse();
        assertThat(OutputManifest.plainOutputName("x".repeat(300) + ".json")).isFalse();
    }
}
