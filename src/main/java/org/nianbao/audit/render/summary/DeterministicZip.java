package org.nianbao.audit.render.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Re-writes an OOXML zip so its bytes depend only on its content: every entry gets one fixed
 * modification time (time-zone independent) and the creation date in docProps/core.xml is fixed.
 * Entry order is kept ([Content_Types].xml must stay first).
 */
final class DeterministicZip {
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final String CORE = "docProps/core.xml";
    private static final String CREATED_OPEN = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">";
    private static final String CREATED_CLOSE = "</dcterms:created>";
    private static final String FIXED_CREATED = "2000-01-01T00:00:00Z";

    private DeterministicZip() {
    }

    static void rewrite(Path source, OutputStream target) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile())) {
            ZipOutputStream out = new ZipOutputStream(target, StandardCharsets.UTF_8);
            out.setLevel(6);
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    if (CORE.equals(e.getName())) {
                        out.write(fixCreated(data.readAllBytes()));
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            out.finish();
        }
    }

    static byte[] fixCreated(byte[] xml) {
        String s = new String(xml, StandardCharsets.UTF_8);
        int open = s.indexOf(CREATED_OPEN);
        int close = open < 0 ? -1 : s.indexOf(CREATED_CLOSE, open);
        if (close < 0) {
            return xml;
        }
        String fixed = s.substring(0, open + CREATED_OPEN.length()) + FIXED_CREATED + s.substring(close);
        return fixed.getBytes(StandardCharsets.UTF_8);
    }
}
