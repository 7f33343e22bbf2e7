package org.nianbao.audit.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.ingest.Ingestor;

class InputWalkerTest {
    @TempDir
    Path tmp;

    private Path file(String rel) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    private List<String> names(List<Path> paths) {
        return paths.stream().map(p -> tmp.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void should_walk_recursively_in_sorted_order_skipping_hidden() throws IOException {
        // GIVEN
        file("b.txt");
        file("a/z.txt");
        file("a/c.txt");
        file(".hidden.txt");
        file(".git/config");
        file("c/.secret/x.txt");
        // WHEN
        List<Path> found = new InputWalker(null).walk(List.of(tmp));
        // THEN
        assertThat(names(found)).containsExactly("a/c.txt", "a/z.txt", "b.txt");
    }

    @Test
    void should_not_follow_symlink_loops_and_skip_the_output_folder() throws IOException {
        // GIVEN
        file("in/r.txt");
        Files.createSymbolicLink(tmp.resolve("in/loop"), tmp.resolve("in"));
        file("in/reports/old.json");
        // WHEN
        List<Path> found = new InputWalker(tmp.resolve("in/reports")).walk(List.of(tmp.resolve("in")));
        // THEN
        assertThat(names(found)).containsExactly("in/r.txt");
    }

    @Test
    void should_keep_argument_order_and_take_a_named_file_as_given() throws IOException {
        // GIVEN
        Path b = file("b.txt");
        Path hidden = file(".named.txt");
        Path a = file("d/a.txt");
        // WHEN
        List<Path> found = new InputWalker(null).walk(List.of(b, hidden, tmp.resolve("d"), b));
        // THEN
        assertThat(found).containsExactly(b, hidden, a);
    }

    @Test
    void should_fail_on_a_missing_path() {
        assertThatThrownBy(() -> new InputWalker(null).walk(List.of(tmp.resolve("nope"))))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void should_take_only_submissions_from_folders_but_any_named_file() throws IOException {
        // GIVEN a case folder with a report, its sidecar, a README and a PDF submission
        file("cases/r.txt");
        file("cases/r.expect");
        file("cases/README.md");
        file("cases/s.pdf");
        Path sidecar = tmp.resolve("cases/r.expect");
        // WHEN
        List<Path> found = new InputWalker(null, org.nianbao.audit.engine.formats.ProjectFormats.ingestor()::isSubmission)
                .walk(List.of(tmp.resolve("cases"), sidecar));
        // THEN the PDF is kept (it will be reported as not supported yet), the named sidecar too
        assertThat(names(found)).containsExactly("cases/r.txt", "cases/s.pdf", "cases/r.expect");
    }

    @Test
    void should_skip_the_pages_an_earlier_run_wrote_into_a_folder_walked() throws IOException {
        // GIVEN a folder of submissions that also holds an earlier run's output (listed in its manifest), and
        // a page of a killed run (only in its journal)
        file("in/a.txt");
        file("in/甲-2023.md");
        file("in/乙-2023.md");
        file("in/说明.md");
        Files.writeString(tmp.resolve("in/" + OutputManifest.FILE_NAME),
                "{\"tool\":\"nianbao-audit\",\"files\":[{\"name\":\"甲-2023.md\",\"size\":1,\"crc32c\":1}]}");
        Files.writeString(tmp.resolve("in/" + RunJournal.FILE_NAME), "乙-2023.md\t1\t1\n");
        // WHEN
        InputWalker walker = new InputWalker(null, org.nianbao.audit.engine.formats.ProjectFormats.ingestor()::isSubmission);
        List<Path> found = walker.walk(List.of(tmp.resolve("in")));
        // THEN only the submissions, and the walk says how many outputs it left out
        assertThat(names(found)).containsExactly("in/a.txt", "in/说明.md");
        assertThat(walker.skippedOutputs()).isEqualTo(2);
    }
}
