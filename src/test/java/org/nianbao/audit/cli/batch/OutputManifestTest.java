package org.nianbao.audit.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.FileStamp;
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
        List<String> names = new ArrayList<>();
        JsonSupport.MAPPER.readTree(folder.resolve(OutputManifest.FILE_NAME).toFile()).get("files")
                .forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    /** A manifest entry whose stamp matches {@code file} as it is now (or a made-up stamp when it does not exist). */
    private static String entry(String name, Path file) throws IOException {
        FileStamp stamp = Files.isRegularFile(file) ? FileStamp.of(file) : new FileStamp(1, 1);
        return JsonSupport.MAPPER.writeValueAsString(Map.of("name", name, "size", stamp.size(), "crc32c", stamp.crc()));
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
        // WHEN a run that writes none of the files the first one did
        AtomicFiles second = new AtomicFiles(out);
        write(second, "乙-2023.json");
        int removed = OutputManifest.replace(second);
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
        // every entry's stamp matches the file it names, so only the name checks can refuse it
        List<String> entries = new ArrayList<>();
        entries.add(entry("../victim.json", outside));
        entries.add(entry(outside.toAbsolutePath().toString(), outside));
        entries.add(entry("sub/inner.json", out.resolve("sub/inner.json")));
        entries.add(entry("sub\\inner.json", out.resolve("sub/inner.json")));
        for (String name : List.of("..", ".", "", "a\u0000.json", "folder.json", OutputManifest.FILE_NAME)) {
            entries.add(entry(name, tmp.resolve("none")));
        }
        entries.add(entry("keep.docx", out.resolve("keep.docx")));
        entries.add(entry(".hidden.json", out.resolve(".hidden.json")));
        entries.add(entry("link.json", outside));
        entries.add("\"just a string\"");
        entries.add("42");
        Files.writeString(out.resolve(OutputManifest.FILE_NAME), "{\"files\": [" + String.join(",", entries) + "]}");
        AtomicFiles files = new AtomicFiles(out);
        write(files, "甲-2023.json");
        // WHEN
        int removed = OutputManifest.replace(files);
        // THEN nothing at all was removed
        assertThat(removed).isZero();
        assertThat(outside).hasContent("outside");
        assertThat(out.resolve("sub/inner.json")).hasContent("inner");
        assertThat(out.resolve("keep.docx")).hasContent("docx");
        assertThat(out.resolve(".hidden.json")).hasContent("hidden");
        assertThat(out.resolve("folder.json")).isDirectory();
        assertThat(Files.isSymbolicLink(out.resolve("link.json"))).isTrue();
        assertThat(listed(out)).containsExactly("甲-2023.json");
    }

    @Test
    void should_tell_a_leftover_differing_only_in_case_from_the_file_this_run_wrote() throws IOException {
        // GIVEN a previous run that wrote "Bureau.json" and a run that writes "bureau.json": one file on a
        // case-insensitive file system (then kept, as this run's own), two on this one
        Path out = out();
        Files.writeString(out.resolve("Bureau.json"), "old");
        Files.writeString(out.resolve(OutputManifest.FILE_NAME), "{\"files\": [" + entry("Bureau.json", out.resolve("Bureau.json")) + "]}");
        AtomicFiles files = new AtomicFiles(out);
        write(files, "bureau.json");
        boolean oneFile = Files.isSameFile(out.resolve("Bureau.json"), out.resolve("bureau.json"));
        // WHEN
        int removed = OutputManifest.replace(files);
        // THEN this run's file is never removed; a separate leftover is
        assertThat(out.resolve("bureau.json")).exists();
        assertThat(removed).isEqualTo(oneFile ? 0 : 1);
    }

    @Test
    void should_clean_nothing_and_go_on_when_the_manifest_is_damaged() throws IOException {
        // GIVEN
        Path out = out();
        Files.writeString(out.resolve(OutputManifest.FILE_NAME), "{\"files\": [{\"name\": \"a.json\"");
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
    void should_forget_but_not_remove_a_file_the_user_changed_since_it_was_written() throws IOException {
        // GIVEN a previous run's summary that the user has since annotated
        Path out = out();
        AtomicFiles first = new AtomicFiles(out);
        write(first, "summary.csv", "甲-2023.json");
        OutputManifest.replace(first);
        Files.writeString(out.resolve("summary.csv"), "加了批注");
        // WHEN a run writes neither file again, but writes csv and json files
        AtomicFiles second = new AtomicFiles(out);
        write(second, "乙-2023.json", "other.csv");
        int removed = OutputManifest.replace(second);
        // THEN the untouched page went, the annotated summary stayed and is no longer claimed
        assertThat(removed).isEqualTo(1);
        assertThat(out.resolve("甲-2023.json")).doesNotExist();
        assertThat(out.resolve("summary.csv")).hasContent("加了批注");
        assertThat(listed(out)).containsExactly("other.csv", "乙-2023.json");
    }

    @Test
    void should_leave_files_of_a_kind_this_run_did_not_write_and_keep_them_listed() throws IOException {
        // GIVEN a run with json and html pages, then a run with json only
        Path out = out();
        AtomicFiles first = new AtomicFiles(out);
        write(first, "甲-2023.json", "甲-2023.html");
        OutputManifest.replace(first);
        AtomicFiles second = new AtomicFiles(out);
        write(second, "甲-2023.json");
        // WHEN
        int removed = OutputManifest.replace(second);
        // THEN the HTML page stays, still listed, so a later HTML run can clean it
        assertThat(removed).isZero();
        assertThat(out.resolve("甲-2023.html")).exists();
        assertThat(listed(out)).containsExactly("甲-2023.html", "甲-2023.json");
        AtomicFiles third = new AtomicFiles(out);
        write(third, "乙-2023.html");
        assertThat(OutputManifest.replace(third)).isEqualTo(1);
        assertThat(out.resolve("甲-2023.html")).doesNotExist();
        assertThat(out.resolve("甲-2023.json")).exists();
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
