package org.nianbao.audit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the rules come from: {@code --rules DIR}, else {@code ./rules} when present, else the copy
 * bundled in the jar (resource folder {@code bundled-rules/}). The files are read once, when the source
 * is resolved, so a run sees one consistent rule set even if an author saves a file meanwhile.
 */
public final class RulesSource {
    /** The folder the pom copies the top-level rules/ folder to. */
    static final String BUNDLED_FOLDER = "bundled-rules";
    /** A file every rules folder carries; used to find the bundled folder on the class path. */
    static final String ANCHOR_FILE = "grading.properties";
    private static final String DEFAULT_FOLDER = "rules";

    private final String description;
    private final Path folder;
    private final SortedMap<String, String> files;

    private RulesSource(String description, Path folder, SortedMap<String, String> files) {
        this.description = description;
        this.folder = folder;
        this.files = Collections.unmodifiableSortedMap(files);
    }

    /** @param explicit the --rules folder, or null */
    public static RulesSource resolve(Path explicit) {
        return resolve(explicit, Path.of(""));
    }

    /** {@link #resolve(Path)} with the working directory made explicit (for tests and embedding). */
    public static RulesSource resolve(Path explicit, Path workingDirectory) {
        if (explicit != null) {
            return of(explicit);
        }
        Path local = workingDirectory.resolve(DEFAULT_FOLDER);
        if (Files.isDirectory(local)) {
            return of(local);
        }
        return bundled();
    }

    /** The rules in {@code folder}; fails when it is not a readable folder. */
    public static RulesSource of(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(EngineMessages.notAFolder(folder));
        }
        String shown = folder.toString().replace('\\', '/');
        return new RulesSource(shown.endsWith("/") ? shown : shown + "/", folder, readTree(folder));
    }

    /** The copy bundled in the jar (or in target/classes when running from the build tree). */
    public static RulesSource bundled() {
        return bundled(RulesSource.class.getClassLoader());
    }

    /** The bundled copy as seen by {@code loader} (tests load it from a jar of their own). */
    static RulesSource bundled(ClassLoader loader) {
        URL anchor = loader.getResource(BUNDLED_FOLDER + "/" + ANCHOR_FILE);
        if (anchor == null) {
            throw new IllegalStateException(EngineMessages.noBundledRules(BUNDLED_FOLDER + "/" + ANCHOR_FILE));
        }
        URI uri = toUri(anchor);
        if ("jar".equals(uri.getScheme())) {
            FileSystem zip = zipFileSystem(uri);
            Path root = zip.provider().getPath(uri).getParent();
            return new RulesSource(EngineMessages.BUNDLED, null, readTree(root));
        }
        return new RulesSource(EngineMessages.BUNDLED, null, readTree(Path.of(uri).getParent()));
    }

    /** A source held in memory, e.g. one file the workbench compiles on its own. */
    public static RulesSource inMemory(String description, Map<String, String> files) {
        return new RulesSource(description, null, new TreeMap<>(files));
    }

    /** Human-readable location, e.g. "rules/" or "(内置规则)/"; file paths are appended to it in messages. */
    public String describe() {
        return description;
    }

    /** The folder on disk; empty for the bundled or an in-memory copy. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Every file below the rules root, by relative path with '/' separators ("arithmetic/table2.drl"), sorted. */
    public SortedMap<String, String> files() {
        return files;
    }

    /** The files whose relative path ends with {@code suffix}, e.g. ".drl". */
    public SortedMap<String, String> filesEndingWith(String suffix) {
        SortedMap<String, String> selected = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(suffix)) {
                selected.put(path, text);
            }
        });
        return selected;
    }

    private static SortedMap<String, String> readTree(Path root) {
        SortedMap<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (relative.startsWith("/")) {
                    relative = relative.substring(1);
                }
                if (!hidden(relative)) {
                    // lenient decoding: a stray binary file must not stop the run; it is not DRL anyway
                    out.put(relative, stripBom(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(EngineMessages.unreadable(root, e), e);
        }
        return out;
    }

    /** .gitkeep, .DS_Store, editor swap folders: not part of the rules. */
    private static boolean hidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\ufeff' ? text.substring(1) : text;
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(EngineMessages.unreadable(url, e), e);
        }
    }

    private static FileSystem zipFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(EngineMessages.unreadable(uri, e), e);
        }
    }
}
