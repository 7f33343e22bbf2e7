package org.nianbao.audit.engine.compile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;

/**
 * Names a precompiled rule set: SHA-256 of this build's identity and of every DRL file's path and text.
 * A kjar refers to the model classes of the build that made it, so another build never trusts it; an
 * edited, added, renamed or removed DRL file gives another key. Other files of the rules folder
 * (lexicons, grading, formats) are read at every start and are not part of the KieBase.
 */
public record RuleSetKey(String hex) {
    private static final String BUILD_RESOURCE = "build.properties";
    private static final Optional<String> BUILD = readBuild();

    /** Empty when this build has no identity (classes not built by Maven): nothing precompiled is trusted. */
    public static Optional<RuleSetKey> of(SortedMap<String, String> drlFiles) {
        return BUILD.map(build -> new RuleSetKey(digest(build, drlFiles)));
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

    private static Optional<String> readBuild() {
        try (InputStream in = RuleSetKey.class.getResourceAsStream(BUILD_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            String build = p.getProperty("build", "");
            String drools = p.getProperty("drools", "");
            boolean filtered = !build.isEmpty() && !drools.isEmpty() && !(build + drools).contains("${");
            return filtered ? Optional.of(build + "|" + drools) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
