package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output folder: an exclusive OS lock on a hidden, empty file in it, held for the
 * whole batch. Two runs into one folder would overwrite each other's pages, point index.html at the other
 * run's files and delete each other's outputs as stale (issue 14). The OS drops the lock when the process
 * dies, so a killed run never leaves the folder locked; the file itself stays (removing it would race with
 * a run opening it) and is empty, so the folder's bytes do not differ from run to run.
 */
final class OutputLock implements AutoCloseable {
    static final String FILE_NAME = ".nianbao-audit.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another run (this process or another) holds the folder. */
    static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(Path folder) {
            super(folder.toString());
        }
    }

    /** Locks {@code folder} (which must exist) or says it is busy; never waits. */
    static OutputLock acquire(Path folder) throws IOException, Busy {
        Path file = folder.resolve(FILE_NAME);
        if (Files.isSymbolicLink(file)) {
            Files.delete(file); // a link would lock whatever it points at
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) { // a run in this very process holds it
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new Busy(folder);
            }
            return new OutputLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
