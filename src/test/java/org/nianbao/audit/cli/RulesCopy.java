package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.audit.cli.rules.Workbench;
import org.nianbao.audit.grade.Audit;

/**
 * A copy of the shipped rules in a temporary folder, and the command line run in-process against it: for
 * tests that edit one data file (formats.properties, deadlines.properties) and watch the outcome change.
 */
final class RulesCopy {
    final Path folder;
    private final String dataFile;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** @param dataFile the file of the copy that {@link #edit} and {@link #lineOf} work on */
    RulesCopy(Path tmp, String dataFile) {
        this.folder = Workbench.copyShippedRules(tmp.resolve("rules"));
        this.dataFile = dataFile;
    }

    /** One report through the real pipeline with the copied rules. */
    Audit audit(Path report) throws RulesRejected {
        return AuditorFactory.PIPELINE.create(folder).auditor().audit(report, report.toString());
    }

    /** A command line; its output is appended to {@link #out()} and {@link #err()}. */
    int run(String... args) {
        return Main.commandLine(AuditorFactory.PIPELINE, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void resetOutput() {
        out.reset();
        err.reset();
    }

    /** Replaces text that must be in the data file. */
    void edit(String from, String to) throws IOException {
        Path file = folder.resolve(dataFile);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The 1-based line of the data file where {@code key} is set. */
    int lineOf(String key) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(dataFile));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                return i + 1;
            }
        }
        throw new AssertionError(key);
    }
}
