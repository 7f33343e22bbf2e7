package org.nianbao.audit.cli.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.audit.render.FileStamp;

/**
 * The files a run has written so far, appended as it writes them ({@code name TAB size TAB crc32c}, one
 * line each, flushed to the OS at once), so that a run killed before it records its outputs in the
 * manifest ({@link OutputManifest}, written at the very end) leaves a record of them: the next run into
 * the folder takes them over ({@link OutputRecovery}) and removes those it does not write again, as for
 * any earlier run's leftovers. A complete run deletes its journal. A page renamed after writing (two
 * reports wanted one name) is recorded again under its new name; the old name is then simply gone.
 */
final class RunJournal implements AutoCloseable {
    static final String FILE_NAME = ".nianbao-audit-journal";

    private final Path file;
    private final BufferedWriter out;
    /** What was recorded, to carry a stamp over to a renamed file. */
    private final Map<String, FileStamp> recorded = new HashMap<>();

    private RunJournal(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /** Starts this run's journal in {@code folder} (the previous one was taken over by the recovery). */
    static RunJournal start(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        return new RunJournal(file, new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    }

    synchronized void written(String name, FileStamp stamp) throws IOException {
        recorded.put(name, stamp);
        out.write(name + '\t' + stamp.size() + '\t' + stamp.crc() + '\n');
        out.flush();
    }

    synchronized void renamed(String from, String to) throws IOException {
        FileStamp stamp = recorded.remove(from);
        if (stamp != null) {
            written(to, stamp);
        }
    }

    /** The run completed and recorded its files in the manifest: the journal is no longer needed. */
    synchronized void finish() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close(); // left in place when the run did not finish: the next run takes it over
    }

    /** The files a journal records, the last entry per name winning; none when there is no journal. */
    static Map<String, FileStamp> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Map<String, FileStamp> files = new TreeMap<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 3) { // a line cut short by the kill is ignored
                    try {
                        files.put(f[0], new FileStamp(Long.parseLong(f[1]), Long.parseLong(f[2])));
                    } catch (NumberFormatException e) {
                        // the same
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: nothing to take over; the files stay, unclaimed, as the user's
        }
        return files;
    }
}
