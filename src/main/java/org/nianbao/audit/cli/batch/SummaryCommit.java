package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.FileStamp;

/**
 * Replaces the batch-level files (summary.json, index.html, summary.csv, summary.xlsx, summary.sarif,
 * run.json) all together or not at all: each is first written under a hidden staged name; then a commit
 * record listing them is written (atomically); then each is renamed over its final name; then the record
 * is removed. A run killed before the record exists leaves the previous summaries untouched (its staged
 * files are removed by the next run); one killed after it has its renames finished by the next run
 * ({@link #rollForward}). Either way no folder holds summary.xlsx of one run beside summary.json of another.
 */
final class SummaryCommit {
    static final String RECORD = ".nianbao-audit-commit";
    static final String STAGED_PREFIX = ".nianbao-audit-staged-";

    private final AtomicFiles files;
    private final RunJournal journal;
    private final List<String> names = new ArrayList<>();
    private final List<FileStamp> stamps = new ArrayList<>();

    SummaryCommit(AtomicFiles files, RunJournal journal) {
        this.files = files;
        this.journal = journal;
    }

    /** Writes one batch file under its staged name. */
    void stage(String name, AtomicFiles.Content content) throws IOException {
        files.write(STAGED_PREFIX + name, content);
        names.add(name);
        stamps.add(files.stampOf(STAGED_PREFIX + name));
    }

    /** Puts every staged file in place, recorded first so that a kill in between is finished later. */
    void commit() throws IOException {
        Path record = files.folder().resolve(RECORD);
        Path temporary = files.folder().resolve(RECORD + ".part");
        Files.writeString(temporary, String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        move(temporary, record);
        for (int i = 0; i < names.size(); i++) {
            files.rename(STAGED_PREFIX + names.get(i), names.get(i));
            journal.written(names.get(i), stamps.get(i));
        }
        Files.delete(record);
    }

    /**
     * Finishes the commit a killed run recorded: every staged file still there is renamed over its final
     * name. @return how many were put in place
     */
    static int rollForward(Path folder) throws IOException {
        Path record = folder.resolve(RECORD);
        if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int done = 0;
        for (String name : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            if (!isBatchFile(name)) {
                continue; // a damaged record names nothing else
            }
            Path staged = folder.resolve(STAGED_PREFIX + name);
            if (Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
                move(staged, folder.resolve(name));
                done++;
            }
        }
        Files.delete(record);
        return done;
    }

    /** Only a plain output file name: a damaged record can name nothing else. */
    private static boolean isBatchFile(String name) {
        return OutputManifest.plainOutputName(name);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
