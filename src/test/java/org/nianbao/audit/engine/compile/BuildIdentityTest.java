package org.nianbao.audit.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildIdentityTest {
    private static final Path CLASSES = Path.of("target", "classes");

    @TempDir
    Path tmp;

    /** A jar of the build folder's classes, entries in another order than the folder lists them. */
    private Path jarOf(Path folder, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> b.compareTo(a)).toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void should_give_a_jar_the_identity_of_the_class_folder_it_was_packed_from() throws IOException {
        // GIVEN the build's classes as a folder (precompiling at build time) and as a jar (audits)
        Path jar = jarOf(CLASSES, tmp.resolve("a.jar"));
        // WHEN identified THEN both are the same, and the Drools version is part of it
        assertThat(BuildIdentity.of(jar, "10.2.0")).isPresent().isEqualTo(BuildIdentity.of(CLASSES, "10.2.0"));
        assertThat(BuildIdentity.of(jar, "10.3.0")).isNotEqualTo(BuildIdentity.of(jar, "10.2.0"));
    }

    @Test
    void should_change_when_one_class_changes() throws IOException {
        // GIVEN a copy of the classes with one class file altered by a byte
        Path copy = tmp.resolve("classes");
        try (Stream<Path> walk = Files.walk(CLASSES.resolve("org/nianbao/audit/model"))) {
            for (Path p : walk.toList()) {
                Path dest = copy.resolve(CLASSES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        String before = BuildIdentity.of(copy, "10.2.0").orElseThrow();
        Path cell = copy.resolve("org/nianbao/audit/model/Cell.class");
        byte[] bytes = Files.readAllBytes(cell);
        bytes[bytes.length - 1] ^= 1;
        Files.write(cell, bytes);
        // WHEN identified again THEN the identity differs
        assertThat(BuildIdentity.of(copy, "10.2.0")).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
    }
}
