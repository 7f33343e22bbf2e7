package org.nianbao.audit.ingest.html;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** 50 MB pages written at test time (never committed): streamed to disk, never built in memory. */
final class HugePages {
    private HugePages() {
    }

    /** A site page whose body is {@code bytes} of visible paragraphs: more text than any report page has. */
    static void visibleText(Path file, long bytes) throws IOException {
        String para = "<p>" + "安平市政务公开工作持续推进，本机关认真落实条例各项规定。".repeat(10) + "</p>\n";
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>页面</title></head><body>"
                    + "<div class=\"content\">");
            long written = 0;
            byte[] one = para.getBytes(StandardCharsets.UTF_8);
            while (written < bytes) {
                w.write(para);
                written += one.length;
            }
            w.write("</div></body></html>\n");
        }
    }

    /** {@code page} with half of {@code extra} bytes as a script in its head and half as an inline image before its footer. */
    static void bloated(Path page, Path file, long extra) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int head = html.indexOf("</head>");
        int footer = html.indexOf("<div class=\"footer\">");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(html.substring(0, head).getBytes(StandardCharsets.UTF_8));
            out.write("<script>var gklist = \"".getBytes(StandardCharsets.US_ASCII));
            repeat(out, "x9y8", extra / 2);
            out.write("\";</script>\n".getBytes(StandardCharsets.US_ASCII));
            out.write(html.substring(head, footer).getBytes(StandardCharsets.UTF_8));
            out.write("<img width=\"800\" src=\"data:image/png;base64,".getBytes(StandardCharsets.US_ASCII));
            repeat(out, "QUJD", extra / 2);
            out.write("\">".getBytes(StandardCharsets.US_ASCII));
            out.write(html.substring(footer).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void repeat(OutputStream out, String unit, long bytes) throws IOException {
        byte[] chunk = unit.repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (long n = 0; n < bytes; n += chunk.length) {
            out.write(chunk);
        }
    }
}
