package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.OutputFormat;
import org.nianbao.audit.render.summary.BatchRenderer;
import org.nianbao.audit.render.summary.BatchSummary;
import org.nianbao.audit.render.summary.CsvSummaryRenderer;
import org.nianbao.audit.render.summary.IndexHtmlRenderer;
import org.nianbao.audit.render.summary.RuleCatalogue;
import org.nianbao.audit.render.summary.SarifRenderer;
import org.nianbao.audit.render.summary.SummaryJsonRenderer;
import org.nianbao.audit.render.summary.XlsxSummaryRenderer;

/** Writes the batch-level files the chosen formats call for (json → summary.json, html → index.html, …), all together ({@link SummaryCommit}). */
final class SummaryWriter {
    private final AtomicFiles files;
    private final List<BatchRenderer> renderers = new ArrayList<>();

    SummaryWriter(AtomicFiles files, Set<OutputFormat> formats) {
        this.files = files;
        if (formats.contains(OutputFormat.JSON)) {
            renderers.add(new SummaryJsonRenderer());
        }
        if (formats.contains(OutputFormat.HTML)) {
            renderers.add(new IndexHtmlRenderer());
            renderers.add(new RuleCatalogue()); // the agency pages link to its rows by rule id
        }
        if (formats.contains(OutputFormat.CSV)) {
            renderers.add(new CsvSummaryRenderer());
        }
        if (formats.contains(OutputFormat.XLSX)) {
            renderers.add(new XlsxSummaryRenderer());
        }
        if (formats.contains(OutputFormat.SARIF)) {
            renderers.add(new SarifRenderer());
        }
    }

    /** The batch files this writer produces, e.g. for keeping report names off them. */
    List<String> fileNames() {
        return renderers.stream().map(BatchRenderer::fileName).toList();
    }

    /** Stages every batch file in {@code commit}; they replace the previous ones when it is committed. */
    void stage(BatchSummary summary, SummaryCommit commit) throws IOException {
        for (BatchRenderer r : renderers) {
            commit.stage(r.fileName(), out -> r.render(summary, out));
        }
    }
}
