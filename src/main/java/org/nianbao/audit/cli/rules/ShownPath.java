package org.nianbao.audit.cli.rules;

import java.nio.file.Path;

/** A folder as messages show it: '/' separators and a trailing '/', e.g. "fixtures/rules/". */
final class ShownPath {
    private ShownPath() {
    }

    static String folder(Path folder) {
        String s = folder.toString().replace('\\', '/');
        return s.endsWith("/") ? s : s + "/";
    }
}
