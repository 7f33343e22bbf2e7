package org.nianbao.audit.cli.batch;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32C;
import org.nianbao.audit.render.FileStamp;

/**
 * Counts and checksums what a renderer writes on its way into an output file, so the run journal can
 * record the file's {@link FileStamp} without reading it back. Closing it leaves the file's stream open.
 */
final class Stamped extends FilterOutputStream {
    private final CRC32C crc = new CRC32C();
    private long size;

    Stamped(OutputStream out) {
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

    @Override
    public void close() throws IOException {
        flush(); // the file's own stream is closed by its writer
    }

    FileStamp stamp() {
        return new FileStamp(size, crc.getValue());
    }
}
