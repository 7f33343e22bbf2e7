package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.OutputNames;
import org.nianbao.audit.render.ReportRenderer;

/**
 * Writes the per-report files under a unique stem. When two reports want the same stem, the one earlier
 * in input order keeps it and the other gets a hash suffix of its source path, whatever order they
 * finish in: if the later one was written first, its files are renamed. So names never depend on timing.
 */
final class ReportOutputs {
    /** Told, inside the stem's lock, which stem a report got (its own, or a displaced earlier one's). */
    interface StemListener {
        void stemChanged(int index, String stem);
    }

    private static final class Holder {
        int index = -1;
        String stem;
        String source;
    }

    private final AtomicFiles files;
    private final List<ReportRenderer> renderers;
    private final RunJournal journal;
    private final Map<String, Holder> holders = new ConcurrentHashMap<>();

    /** @param journal records each file as soon as it is written, for the next run if this one is killed */
    ReportOutputs(AtomicFiles files, List<ReportRenderer> renderers, RunJournal journal) {
        this.files = files;
        this.renderers = List.copyOf(renderers);
        this.journal = journal;
    }

    boolean any() {
        return !renderers.isEmpty();
    }

    /** Writes every per-report format; returns the stem used (null when no per-report format is on). */
    String write(int index, Audit audit, String inputFileName, StemListener listener) throws IOException {
        if (renderers.isEmpty()) {
            return null;
        }
        String wanted = OutputNames.stem(audit.getAgency(), audit.getYear(), inputFileName);
        Holder h = holders.computeIfAbsent(OutputNames.collisionKey(wanted), k -> new Holder());
        // Per-stem lock: reports with different stems are written in parallel.
        synchronized (h) {
            String stem;
            if (h.index < 0) {
                stem = wanted;
            } else if (index < h.index) {
                String moved = OutputNames.disambiguated(h.stem, h.source);
                for (ReportRenderer r : renderers) {
                    files.rename(h.stem + "." + r.extension(), moved + "." + r.extension());
                    journal.renamed(h.stem + "." + r.extension(), moved + "." + r.extension());
                }
                listener.stemChanged(h.index, moved);
                stem = wanted;
            } else {
                stem = OutputNames.disambiguated(wanted, audit.getSource());
            }
            for (ReportRenderer r : renderers) {
                String name = stem + "." + r.extension();
                files.write(name, out -> r.render(audit, out));
                journal.written(name, files.stampOf(name));
            }
            if (stem.equals(wanted)) {
                h.index = index;
                h.stem = stem;
                h.source = audit.getSource();
            }
            listener.stemChanged(index, stem);
            return stem;
        }
    }
}
