package org.nianbao.audit.engine.compile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a precompiled kjar depends on besides the DRL: the Drools version it was generated for and the
 * content of this program's own classes, whose fields and methods the generated code calls: each class's
 * name, CRC-32 and size (the jar's directory lists them, so nothing is read). Identifying the classes
 * rather than trusting a build timestamp means classes recompiled by an IDE never meet a kjar made for
 * their previous shape, and rebuilding unchanged code keeps saved kjars valid.
 */
final class BuildIdentity {
    private static final String OWN_CLASSES = "org/nianbao/audit/";
    private static final Optional<String> CURRENT = compute();

    private BuildIdentity() {
    }

    /** Empty when it cannot be told (classes not loaded from a jar or folder, or not built by Maven). */
    static Optional<String> current() {
        return CURRENT;
    }

    private static Optional<String> compute() {
        Optional<String> drools = droolsVersion();
        Optional<Path> location = location();
        if (drools.isEmpty() || location.isEmpty()) {
            return Optional.empty();
        }
        return of(location.get(), drools.get());
    }

    /** The identity of the classes in {@code location} (a jar or a class folder) for a Drools version. */
    static Optional<String> of(Path location, String drools) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(drools.getBytes(StandardCharsets.UTF_8));
            if (Files.isDirectory(location)) {
                hashFolder(location, sha);
            } else {
                hashJar(location, sha);
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) { // NOPMD: a class initialiser must not throw
            return Optional.empty();
        }
    }

    /** The jar's central directory already holds each entry's CRC-32 and size: nothing to inflate. */
    private static void hashJar(Path jar, MessageDigest sha) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> own = zip.stream().filter(e -> e.getName().startsWith(OWN_CLASSES) && e.getName().endsWith(".class"))
                    .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
            for (ZipEntry e : own) {
                update(sha, e.getName(), e.getCrc(), e.getSize());
            }
        }
    }

    /** Classes run from a build folder (tests, `rules compile` in the build): the same figures, computed. */
    private static void hashFolder(Path root, MessageDigest sha) throws IOException {
        Path own = root.resolve(OWN_CLASSES);
        SortedMap<String, Path> classes = new TreeMap<>(); // sorted as the jar's entry names are, on every OS
        try (Stream<Path> walk = Files.walk(own)) {
            walk.filter(p -> p.toString().endsWith(".class"))
                    .forEach(p -> classes.put(root.relativize(p).toString().replace('\\', '/'), p));
        }
        for (Map.Entry<String, Path> c : classes.entrySet()) {
            byte[] bytes = Files.readAllBytes(c.getValue());
            CRC32 crc = new CRC32();
            crc.update(bytes);
            update(sha, c.getKey(), crc.getValue(), bytes.length);
        }
    }

    private static void update(MessageDigest sha, String name, long crc, long size) {
        sha.update((name + ':' + crc + ':' + size + '\n').getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Path> location() {
        CodeSource source = BuildIdentity.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        if (!"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.exists(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) { // NOPMD: any odd code source means "cannot tell"
            return Optional.empty();
        }
    }

    /** Written by Maven resource filtering; an unfiltered copy means no Maven build, and nothing is trusted. */
    private static Optional<String> droolsVersion() {
        try (InputStream in = BuildIdentity.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            String drools = p.getProperty("drools", "");
            return drools.isEmpty() || drools.contains("${") ? Optional.empty() : Optional.of(drools);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
