package org.nianbao.audit.cli.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.IntFunction;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.render.AuditJson;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.summary.FindingRecord;
import org.nianbao.audit.render.summary.FindingSource;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * Keeps every report's findings on disk while the batch runs (appended in completion order, located by
 * input index), so the outputs that list all findings (XLSX sheet 2, SARIF) can read them back in input
 * order with memory for two numbers per report. The file lives in the output folder and is deleted on close.
 */
final class FindingSpool implements FindingSource, AutoCloseable {
    private static final TypeReference<List<FindingRecord>> LIST = new TypeReference<>() { };
    private final Path file;
    private final FileChannel channel;
    private final long[] offsets;
    private final int[] lengths;
    private final IntFunction<SummaryRow> rows;

    FindingSpool(Path folder, int reports, IntFunction<SummaryRow> rows) throws IOException {
        this.file = Files.createTempFile(folder, ".tmp-findings-", ".part");
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
        this.offsets = new long[reports];
        this.lengths = new int[reports];
        this.rows = rows;
    }

    void put(int index, List<Finding> findings) throws IOException {
        byte[] bytes = JsonSupport.compact(AuditJson.findings(findings));
        synchronized (this) {
            long at = channel.size();
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                channel.write(buf, at + buf.position());
            }
            offsets[index] = at;
            lengths[index] = bytes.length;
        }
    }

    @Override
    public synchronized void forEach(Visitor visitor) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            for (int i = 0; i < offsets.length; i++) {
                List<FindingRecord> findings = List.of();
                if (lengths[i] > 0) {
                    byte[] bytes = new byte[lengths[i]];
                    in.seek(offsets[i]);
                    in.readFully(bytes);
                    findings = JsonSupport.MAPPER.readValue(bytes, LIST);
                }
                visitor.visit(rows.apply(i), findings);
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
