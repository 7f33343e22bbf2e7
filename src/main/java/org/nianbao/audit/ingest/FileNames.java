package org.nianbao.audit.ingest;

import java.nio.file.Path;

/** File-name helpers shared by the readers. */
final class FileNames {
    private FileNames() {
    }

    /** The extension without the dot, as written; "" when the name has none. */
    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 || dot == s.length() - 1 ? "" : s.substring(dot + 1);
    }
}
