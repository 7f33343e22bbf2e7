package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.nianbao.audit.engine.history.BatchHistory;
import org.nianbao.audit.render.FileStamp;

/**
 * Leaves an output folder consistent after a run that was killed (kill -9, power, a full disk), before
 * the next run into it writes anything; runs under the folder's {@link OutputLock}, so nothing found is
 * another live run's work:
 * <ol>
 *   <li>summaries whose commit was recorded are put in place ({@link SummaryCommit#rollForward});</li>
 *   <li>temporary files are removed: half-written outputs ({@code .tmp-*.part}), the findings spool,
 *       staged summaries whose commit never happened, the batch's scratch history store;</li>
 *   <li>the pages the killed run wrote but never recorded are taken over from its {@link RunJournal} into
 *       the manifest, so this run removes those it does not write again, like any earlier run's leftovers.</li>
 * </ol>
 */
public final class OutputRecovery {
    /** What a killed run left and this run cleaned up; all zero after a clean run. */
    public record Result(int summariesCompleted, int temporaryRemoved, int pagesTakenOver) {
        boolean anything() {
            return summariesCompleted + temporaryRemoved + pagesTakenOver > 0;
        }
    }

    private OutputRecovery() {
    }

    static Result recover(Path folder) throws IOException {
        int completed = SummaryCommit.rollForward(folder);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*")) {
            for (Path p : entries) {
                if (isTemporary(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                    removed++;
                }
            }
        }
        Map<String, FileStamp> orphans = RunJournal.read(folder);
        int adopted = orphans.isEmpty() ? 0 : OutputManifest.adopt(folder, orphans);
        Files.deleteIfExists(folder.resolve(RunJournal.FILE_NAME));
        return new Result(completed, removed, adopted);
    }

    /** Names only this tool gives its temporary files. */
    static boolean isTemporary(String name) {
        return (name.startsWith(".tmp-") && name.endsWith(".part")) || name.startsWith(SummaryCommit.STAGED_PREFIX)
                || name.equals(SummaryCommit.RECORD + ".part")
                || (name.startsWith(BatchHistory.SCRATCH_PREFIX) && name.endsWith(BatchHistory.SCRATCH_SUFFIX));
    }
}
