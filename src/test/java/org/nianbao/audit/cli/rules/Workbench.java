package org.nianbao.audit.cli.rules;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs a {@code rules …} command in-process and keeps what it printed; copies and writes rule folders. */
public final class Workbench {
    static final Path SHIPPED_RULES = Path.of("rules");
    static final Path SHIPPED_CASES = Path.of("fixtures", "rules");

    record Run(int exit, String out, String err) {
    }

    private Workbench() {
    }

    static Run rules(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RulesCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A copy of the project's rules/ (DRL, lexicons, grading policy) under {@code target}. */
    /** A copy of the project's rules/ in {@code target}, for tests that edit rules or data files. */
    public static Path copyShippedRules(Path target) {
        copyTree(SHIPPED_RULES, target);
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fires and a passes case for {@code id} with the given report texts. */
    static void cases(Path casesRoot, String id, String firesText, String passesText) {
        write(casesRoot.resolve(id).resolve("fires").resolve("fires.txt"), firesText);
        write(casesRoot.resolve(id).resolve("passes").resolve("passes.txt"), passesText);
    }

    /** The output lines that start a diagnostic ("…/file.drl:L:C: 错误：…"). */
    static Stream<String> headers(String out) {
        return out.lines().filter(l -> l.contains(".drl:") && (l.contains(": 错误：") || l.contains(": 警告：")));
    }
}
