package org.nianbao.audit.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Size and CRC-32C of a file's content as this tool wrote it. A later run removes a leftover only while
 * its stamp is unchanged: a file the user has since edited (notes added to a summary) is theirs. Content,
 * not modification time, so the record of a run is the same bytes every time.
 */
public record FileStamp(long size, long crc) {
    /** The stamp of the file as it is on disk now. */
    public static FileStamp of(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileStamp(size, crc.getValue());
    }
}
