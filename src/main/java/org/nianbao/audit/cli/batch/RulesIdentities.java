package org.nianbao.audit.cli.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.render.summary.RulesIdentity;
import org.nianbao.audit.render.summary.RulesIdentity.Provenance;

/**
 * Names the rules a run used for the people reading its outputs: a short digest of every rule file (DRL,
 * word lists, properties; not the Markdown guides), and whether the folder is the copy bundled with the
 * tool, a byte-identical copy of it (the README command run from the project root reads ./rules), or a
 * changed rule set.
 */
final class RulesIdentities {
    private static final int SHOWN_HEX = 10;

    private RulesIdentities() {
    }

    static RulesIdentity of(RulesSource source) {
        String version = digest(source.files());
        Provenance provenance;
        try {
            RulesSource bundled = RulesSource.bundled();
            if (source.folder().isEmpty() && source.describe().equals(bundled.describe())) {
                provenance = Provenance.BUNDLED;
            } else {
                provenance = digest(bundled.files()).equals(version) ? Provenance.SAME_AS_BUNDLED : Provenance.CHANGED;
            }
        } catch (RuntimeException e) {
            provenance = Provenance.UNKNOWN; // no bundled copy to compare with (a test class path): say so, never guess
        }
        return new RulesIdentity(source.describe(), version, provenance);
    }

    static String digest(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                if (!path.endsWith(".md")) {
                    sha.update(path.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(text.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, SHOWN_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
