package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands the PATH arguments into the input files, in a stable order: arguments as given, each folder
 * walked recursively with entries sorted by name. Hidden files and folders, and files that are not
 * submissions (README, case sidecars…), are skipped in folders (an explicitly named file is taken as given), a folder reached twice (a symlink loop or a second link) is walked once,
 * and the output folder is never read as input. Nor are this tool's own outputs in any folder walked (the
 * pages and summaries an earlier run wrote there, as its manifest or journal lists them): audited again,
 * an agency would appear twice with contradictory grades.
 */
public final class InputWalker {
    private final Path exclude;
    private final Predicate<Path> submission;
    private int skippedOutputs;

    /** @param exclude a folder to leave out (the output folder), or null; every file in a folder is taken */
    public InputWalker(Path exclude) {
        this(exclude, p -> true);
    }

    /**
     * @param exclude a folder to leave out (the output folder), or null
     * @param submission which files found in a folder are inputs
     */
    public InputWalker(Path exclude, Predicate<Path> submission) {
        this.exclude = exclude == null ? null : realOrNormal(exclude);
        this.submission = submission;
    }

    public List<Path> walk(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        Set<Path> seenFiles = new HashSet<>();
        Set<Path> seenDirs = new HashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new NoSuchFileException(root.toString());
            }
            if (Files.isDirectory(root)) {
                walkDir(root, files, seenFiles, seenDirs);
            } else {
                addFile(root, files, seenFiles);
            }
        }
        return files;
    }

    private void walkDir(Path dir, List<Path> files, Set<Path> seenFiles, Set<Path> seenDirs) throws IOException {
        Path real = dir.toRealPath();
        if (real.equals(exclude) || !seenDirs.add(real)) {
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        Set<String> outputs = toolOutputs(dir);
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : entries) {
            if (hidden(p)) {
                continue;
            }
            if (outputs.contains(p.getFileName().toString())) {
                skippedOutputs++;
                continue;
            }
            if (Files.isDirectory(p)) {
                walkDir(p, files, seenFiles, seenDirs);
            } else if (Files.isRegularFile(p)) {
                if (submission.test(p)) {
                    addFile(p, files, seenFiles);
                }
            } else if (Files.isSymbolicLink(p) || Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                // a dangling link or a special file: keep it, the auditor records why it is unreadable
                addFile(p, files, seenFiles);
            }
        }
    }

    /** How many files the walk left out as this tool's own outputs. */
    public int skippedOutputs() {
        return skippedOutputs;
    }

    /** The files an earlier run of this tool wrote into {@code dir}: listed in its manifest or journal. */
    private static Set<String> toolOutputs(Path dir) {
        Set<String> names = new HashSet<>(OutputManifest.previous(dir).keySet());
        names.addAll(RunJournal.read(dir).keySet());
        return names;
    }

    private static void addFile(Path p, List<Path> files, Set<Path> seen) {
        if (seen.add(realOrNormal(p))) {
            files.add(p);
        }
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".");
    }

    private static Path realOrNormal(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
