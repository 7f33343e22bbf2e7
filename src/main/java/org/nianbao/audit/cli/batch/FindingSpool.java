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
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.render.AuditJson;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.summary.FindingRecord;
import org.nianbao.audit.render.summary.FindingSource;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * Keeps every report's findings on disk while the batch runs (appended in completion order, located by
 * input index), so the outputs that list all findings (XLSX sheet 2, SARIF) can read them back in any
 * order (input order, worst first) with memory for two numbers per report. The file lives in the output folder and is deleted on close.
 */
final class FindingSpool implements FindingSource, AutoCloseable {
    private static final TypeReference<List<FindingRecord>> LIST = new TypeReference<>() { };
    private final Path file;
    private final FileChannel channel;
    private final long[] offsets;
    private final int[] lengths;
    /** Opened on the first read, once every report has been put. */
    private RandomAccessFile reader;

    FindingSpool(Path folder, int reports) throws IOException {
        this.file = Files.createTempFile(folder, ".tmp-findings-", ".part");
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
        this.offsets = new long[reports];
        this.lengths = new int[reports];
    }

    /** @param template the report's table format, for the row and column labels the outputs show */
    void put(int index, List<Finding> findings, String template) throws IOException {
        byte[] bytes = JsonSupport.compact(AuditJson.findings(findings, template));
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
    public synchronized List<FindingRecord> of(SummaryRow row) throws IOException {
        int i = row.index();
        if (lengths[i] == 0) {
            return List.of();
        }
        if (reader == null) {
            reader = new RandomAccessFile(file.toFile(), "r");
        }
        byte[] bytes = new byte[lengths[i]];
        reader.seek(offsets[i]);
        reader.readFully(bytes);
        return JsonSupport.MAPPER.readValue(bytes, LIST);
    }

    @Override
    public synchronized void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        channel.close();
        Files.deleteIfExists(file);
    }
}
