package org.nianbao.audit.render;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * Writes files into the output folder atomically: a temporary file in the same folder, then a rename,
 * so a killed run never leaves a half-written report. Refuses any name that would leave the folder.
 * Remembers the names it wrote (after renames) with their {@link FileStamp}, so a run knows exactly
 * which files are its own and whether they are still as it wrote them.
 */
public final class AtomicFiles {
    /** Writes the content of one file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final AtomicLong temps = new AtomicLong();
    private final Map<String, FileStamp> written = new ConcurrentHashMap<>();

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
            StampingStream stamping;
            try (OutputStream out = new BufferedOutputStream(stamping = new StampingStream(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)), 1 << 16)) {
                content.writeTo(out);
            }
            move(tmp, target);
            moved = true;
            written.put(fileName, stamping.stamp());
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
        FileStamp stamp = written.remove(from);
        if (stamp != null) {
            written.put(to, stamp);
        }
    }

    /** The names of the files written (or renamed to) so far, sorted. */
    public SortedSet<String> written() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(written.keySet()));
    }

    /** The stamp of what was written to {@code fileName} (its size and checksum), or null if nothing was. */
    public FileStamp stampOf(String fileName) {
        return written.get(fileName);
    }

    /** The files written so far with the stamp of the content written, sorted by name. */
    public SortedMap<String, FileStamp> stamps() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(written));
    }

    public Path resolve(String fileName) {
        Path target = folder.resolve(fileName).normalize();
        if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.equals("..")
                || !folder.equals(target.getParent())) {
            throw new IllegalArgumentException("not a plain file name inside the output folder: " + fileName);
        }
        return target;
    }

    /** Counts and checksums the bytes on their way to the file: the stamp costs no second read. */
    private static final class StampingStream extends FilterOutputStream {
        private final CRC32C crc = new CRC32C();
        private long size;

        StampingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            crc.update(b, off, len);
            size += len;
        }

        FileStamp stamp() {
            return new FileStamp(size, crc.getValue());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
