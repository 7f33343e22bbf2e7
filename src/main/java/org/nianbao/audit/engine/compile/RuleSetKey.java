package org.nianbao.audit.engine.compile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Names a precompiled rule set: SHA-256 of the program's identity ({@link BuildIdentity}: Drools version
 * and own classes) and of every DRL file's path and text. A kjar calls the classes of the program that
 * made it, so a changed program never trusts it; an edited, added, renamed or removed DRL file gives
 * another key. The other files of the rules folder (lexicons, grading, formats, deadlines) are read at
 * every start and are not part of the KieBase.
 */
public record RuleSetKey(String hex) {
    /** Empty when the program's identity cannot be told: then nothing precompiled is trusted. */
    public static Optional<RuleSetKey> of(SortedMap<String, String> drlFiles) {
        return BuildIdentity.current().map(build -> new RuleSetKey(digest(build, drlFiles)));
    }

    public String fileName() {
        return hex + ".kjar";
    }

    private static String digest(String build, SortedMap<String, String> drlFiles) {
        MessageDigest sha = sha256();
        update(sha, build);
        drlFiles.forEach((path, text) -> {
            update(sha, path);
            update(sha, text);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Length-prefixed, so no two different file sets hash the same bytes. */
    private static void update(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform must provide SHA-256
        }
    }
}
