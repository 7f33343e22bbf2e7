package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesSourceTest {
    @TempDir
    Path dir;

    @Test
    void should_prefer_the_explicit_folder_over_working_directory_rules() throws IOException {
        // GIVEN ./rules in the working directory and an explicit folder
        write(dir.resolve("work/rules/a.drl"), "local");
        write(dir.resolve("mine/b.drl"), "explicit");
        // WHEN
        RulesSource source = RulesSource.resolve(dir.resolve("mine"), dir.resolve("work"));
        // THEN
        assertThat(source.files()).containsOnlyKeys("b.drl");
        assertThat(source.describe()).endsWith("mine/");
    }

    @Test
    void should_use_working_directory_rules_when_no_folder_is_given() throws IOException {
        write(dir.resolve("work/rules/area/a.drl"), "local");
        write(dir.resolve("work/rules/grading.properties"), "score.max=100\n");
        RulesSource source = RulesSource.resolve(null, dir.resolve("work"));
        assertThat(source.files()).containsOnlyKeys("area/a.drl", "grading.properties");
        assertThat(source.folder()).contains(dir.resolve("work/rules"));
        assertThat(source.isBundled()).isFalse();
    }

    @Test
    void should_ignore_a_working_directory_rules_folder_that_is_not_a_rule_set() throws IOException {
        // GIVEN ./rules holding the office's own documents (no grading.properties, no .drl)
        write(dir.resolve("work/rules/审核规范.txt"), "本办的审核规范");
        write(dir.resolve("other/rules/grading.properties"), "score.max=100\n"); // a policy but no rule
        // WHEN / THEN the bundled rules are used, and the folder is known to be ignored
        RulesSource source = RulesSource.resolve(null, dir.resolve("work"));
        assertThat(source.isBundled()).isTrue();
        assertThat(RulesSource.ignoredLocalFolder(dir.resolve("work"))).contains(dir.resolve("work/rules"));
        assertThat(RulesSource.resolve(null, dir.resolve("other")).isBundled()).isTrue();
    }

    @Test
    void should_use_the_bundled_rules_when_asked_by_name_whatever_the_working_directory_holds() throws IOException {
        // GIVEN a rule set in ./rules
        write(dir.resolve("work/rules/area/a.drl"), "local");
        write(dir.resolve("work/rules/grading.properties"), "score.max=100\n");
        // WHEN --rules bundled THEN the jar's own rules
        RulesSource source = RulesSource.resolve(Path.of("bundled"), dir.resolve("work"));
        assertThat(source.isBundled()).isTrue();
        assertThat(source.files()).containsKey("contamination/spam.drl");
    }

    @Test
    void should_fall_back_to_the_bundled_copy() {
        // GIVEN a working directory without rules/ (target/classes holds bundled-rules/)
        RulesSource source = RulesSource.resolve(null, dir);
        // THEN
        assertThat(source.describe()).isEqualTo("(内置规则)/");
        assertThat(source.folder()).isEmpty();
        assertThat(source.files()).containsKeys("grading.properties", "lexicons/spam.txt");
    }

    @Test
    void should_list_the_bundled_copy_inside_a_jar() throws IOException {
        // GIVEN a jar holding bundled-rules/
        Path jar = dir.resolve("rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "bundled-rules/grading.properties", "score.max=100\n");
            entry(out, "bundled-rules/tables/t2.drl", "package x;\n");
            entry(out, "bundled-rules/lexicons/spam.txt", "\ufeff老虎机\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            // WHEN
            RulesSource source = RulesSource.bundled(loader);
            // THEN sorted, '/'-separated, UTF-8, BOM dropped
            assertThat(source.files().keySet()).containsExactly("grading.properties", "lexicons/spam.txt", "tables/t2.drl");
            assertThat(source.files().get("lexicons/spam.txt")).isEqualTo("老虎机\n");
        }
    }

    @Test
    void should_select_files_by_suffix_in_sorted_order() throws IOException {
        write(dir.resolve("z.drl"), "1");
        write(dir.resolve("a/b.drl"), "2");
        write(dir.resolve("grading.properties"), "3");
        assertThat(RulesSource.of(dir).filesEndingWith(".drl").keySet()).containsExactly("a/b.drl", "z.drl");
    }

    @Test
    void should_skip_hidden_files_and_survive_binary_ones() throws IOException {
        // GIVEN a hidden file, a hidden folder and a binary file next to a DRL
        write(dir.resolve(".DS_Store"), "x");
        write(dir.resolve(".idea/workspace.xml"), "x");
        write(dir.resolve("a.drl"), "package a;");
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        // WHEN
        RulesSource source = RulesSource.of(dir);
        // THEN
        assertThat(source.files().keySet()).containsExactly("a.drl", "logo.png");
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
