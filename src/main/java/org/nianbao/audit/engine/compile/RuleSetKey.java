package org.nianbao.audit.engine.compile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;

/**
 * Names a precompiled rule set: SHA-256 of every DRL file's path and text. An edited, added, renamed or
 * removed DRL file gives another key. Nothing else goes into the KieBase: the lexicons, grading,
 * formats and deadlines files are read by Java at every start and reach the rules as facts, so they
 * need not (and must not, or an edited word list would silently drop the gain) be part of the key.
 * The program's own classes are not part of it either: the only kjar ever trusted is the one the build
 * put into the same jar as those classes ({@link org.nianbao.audit.engine.PrecompiledRules}).
 */
public record RuleSetKey(String hex) {
    public static RuleSetKey of(SortedMap<String, String> drlFiles) {
        MessageDigest sha = sha256();
        drlFiles.forEach((path, text) -> {
            update(sha, path);
            update(sha, text);
        });
        return new RuleSetKey(HexFormat.of().formatHex(sha.digest()));
    }

    public String fileName() {
        return hex + ".kjar";
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
