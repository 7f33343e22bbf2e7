package org.nianbao.audit.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files into the output folder atomically: a temporary file in the same folder, then a rename,
 * so a killed run never leaves a half-written report. Refuses any name that would leave the folder.
 * Remembers the names it wrote (after renames), so a run knows exactly which files are its own.
 */
public final class AtomicFiles {
    /** Writes the content of one file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final AtomicLong temps = new AtomicLong();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    public AtomicFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** Writes {@code fileName} (a plain name, no separators) and returns its path. */
    public Path write(String fileName, Content content) throws IOException {
        Path target = resolve(fileName);
        // A short unique name is enough (not a security boundary: the folder is the user's own), and
        // cheaper than createTempFile's random names when 100k reports are written.
        Path tmp = folder.resolve(".tmp-" + ProcessHandle.current().pid() + "-" + temps.incrementAndGet() + ".part");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            move(tmp, target);
            moved = true;
            written.add(fileName);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
        return target;
    }

    /** Renames an already written file (same folder, atomic). */
    public void rename(String from, String to) throws IOException {
        move(resolve(from), resolve(to));
        written.remove(from);
        written.add(to);
    }

    /** The names of the files written (or renamed to) so far, sorted. */
    public SortedSet<String> written() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(written));
    }

    public Path resolve(String fileName) {
        Path target = folder.resolve(fileName).normalize();
        if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.equals("..")
                || !folder.equals(target.getParent())) {
            throw new IllegalArgumentException("not a plain file name inside the output folder: " + fileName);
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
