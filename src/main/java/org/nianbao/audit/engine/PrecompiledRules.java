package org.nianbao.audit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.audit.engine.compile.RuleSetKey;

/**
 * Where precompiled rule sets (kjars of the executable model) are kept: {@code .compiled/<key>.kjar}
 * inside the rules folder, written by {@code rules compile}; the build does the same for the bundled copy
 * inside the jar. A folder's own copy is looked up first, then the bundled one: right after a build,
 * {@code ./rules} holds the same DRL as the bundled copy, so the key finds the kjar the build made.
 * The folder is hidden, so {@link RulesSource} never reads it as rules.
 */
public final class PrecompiledRules {
    static final String FOLDER = ".compiled";

    private PrecompiledRules() {
    }

    /** The kjars saved under {@code key}, the folder's own first, then the bundled one; unreadable ones left out. */
    public static List<byte[]> find(RulesSource source, RuleSetKey key) {
        List<byte[]> found = new ArrayList<>(2);
        source.folder().flatMap(folder -> read(folder.resolve(FOLDER).resolve(key.fileName()))).ifPresent(found::add);
        bundled(key).ifPresent(found::add);
        return found;
    }

    /**
     * Saves the kjar atomically (a killed run leaves no half-written kjar) and removes the folder's other
     * kjars, which belong to earlier versions of the rules or to other builds.
     * @return the saved file
     */
    public static Path store(Path rulesFolder, RuleSetKey key, byte[] kjar) throws IOException {
        Path folder = Files.createDirectories(rulesFolder.resolve(FOLDER));
        Path target = folder.resolve(key.fileName());
        Path temporary = Files.createTempFile(folder, ".writing-", ".tmp");
        try {
            Files.write(temporary, kjar);
            readableByAll(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        try (DirectoryStream<Path> others = Files.newDirectoryStream(folder, "*.kjar")) {
            for (Path other : others) {
                if (!other.equals(target) && Files.isRegularFile(other)) {
                    deleteQuietly(other);
                }
            }
        }
        return target;
    }

    /** An old kjar that cannot be removed (another user's, in a shared folder) never matches a key again: harmless. */
    private static void deleteQuietly(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            // left in place; see above
        }
    }

    /** Temporary files are private to their owner; a kjar in a shared rules folder must serve every user. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: the DRL is compiled instead, which is never wrong
        }
    }

    private static Optional<byte[]> bundled(RuleSetKey key) {
        String resource = RulesSource.BUNDLED_FOLDER + "/" + FOLDER + "/" + key.fileName();
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
