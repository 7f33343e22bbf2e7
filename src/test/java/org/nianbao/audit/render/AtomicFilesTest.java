package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void should_write_through_a_temp_file_and_leave_none_behind() throws IOException {
        // GIVEN
        AtomicFiles files = new AtomicFiles(tmp);
        // WHEN
        files.write("a.json", out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        files.write("a.json", out -> out.write("[]".getBytes(StandardCharsets.UTF_8)));
        // THEN
        assertThat(Files.readString(tmp.resolve("a.json"))).isEqualTo("[]");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.json");
        }
    }

    @Test
    void should_leave_no_file_when_writing_fails() throws IOException {
        // GIVEN
        AtomicFiles files = new AtomicFiles(tmp);
        // WHEN / THEN
        assertThatThrownBy(() -> files.write("b.json", out -> {
            out.write(1);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void should_refuse_names_that_leave_the_folder() throws IOException {
        // inside a folder of its own: the temp folder's sibling "x" may belong to anyone
        AtomicFiles files = new AtomicFiles(Files.createDirectory(tmp.resolve("out")));
        assertThatThrownBy(() -> files.write("../x", out -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.write("a/b", out -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.write("..", out -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
    }

    @Test
    void should_remember_the_names_it_wrote_after_renames() throws IOException {
        // GIVEN
        AtomicFiles files = new AtomicFiles(tmp);
        Files.writeString(tmp.resolve("user.txt"), "not ours");
        // WHEN
        files.write("b.json", out -> out.write('1'));
        files.write("a.json", out -> out.write('2'));
        files.rename("a.json", "a-1234abcd.json");
        files.write("a.json", out -> out.write('3'));
        // THEN
        assertThat(files.written()).containsExactly("a-1234abcd.json", "a.json", "b.json");
    }
}
