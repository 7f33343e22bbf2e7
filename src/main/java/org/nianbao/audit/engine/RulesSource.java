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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the rules come from: {@code --rules DIR}, else {@code ./rules} when it is a rule set (it holds
 * grading.properties and at least one .drl file: a folder of the user's own called "rules" is not taken
 * for one), else the copy bundled in the jar (resource folder {@code bundled-rules/}); {@code --rules
 * bundled} asks for the bundled copy whatever the working directory holds. The files are read once, when
 * the source is resolved, so a run sees one consistent rule set even if an author saves a file meanwhile.
 * A rules folder is code the audit runs, trusted like a Maven plugin (README).
 */
public final class RulesSource {
    /** The folder the pom copies the top-level rules/ folder to. */
    static final String BUNDLED_FOLDER = "bundled-rules";
    /** A file every rules folder carries; used to find the bundled folder on the class path. */
    static final String ANCHOR_FILE = "grading.properties";
    private static final String DEFAULT_FOLDER = "rules";
    /** {@code --rules bundled}: the jar's own rules (a folder named so is {@code --rules ./bundled}). */
    public static final String BUNDLED_NAME = "bundled";
    /** How deep a folder is searched for a .drl file when deciding whether it is a rule set. */
    private static final int RULE_SET_DEPTH = 4;

    private final String description;
    private final Path folder;
    private final SortedMap<String, String> files;
    /** Files that are not valid UTF-8, with where the first bad byte is; read leniently all the same. */
    private final SortedMap<String, RuleDiagnostic> notUtf8;

    private RulesSource(String description, Path folder, Tree tree) {
        this.description = description;
        this.folder = folder;
        this.files = Collections.unmodifiableSortedMap(tree.files());
        this.notUtf8 = Collections.unmodifiableSortedMap(tree.notUtf8());
    }

    /** The files as read, and those that were not UTF-8. */
    private record Tree(SortedMap<String, String> files, SortedMap<String, RuleDiagnostic> notUtf8) {
    }

    /** @param explicit the --rules folder, or null */
    public static RulesSource resolve(Path explicit) {
        return resolve(explicit, Path.of(""));
    }

    /** {@link #resolve(Path)} with the working directory made explicit (for tests and embedding). */
    public static RulesSource resolve(Path explicit, Path workingDirectory) {
        if (explicit != null) {
            return isBundledName(explicit) ? bundled() : of(explicit);
        }
        Path local = workingDirectory.resolve(DEFAULT_FOLDER);
        if (isRuleSet(local)) {
            return of(local);
        }
        return bundled();
    }

    /** True for {@code --rules bundled}, the name that asks for the jar's own rules. */
    public static boolean isBundledName(Path explicit) {
        return explicit != null && explicit.toString().equals(BUNDLED_NAME);
    }

    /** The {@code ./rules} folder of {@code workingDirectory}, present but not a rule set (so not used). */
    public static Optional<Path> ignoredLocalFolder(Path workingDirectory) {
        Path local = workingDirectory.resolve(DEFAULT_FOLDER);
        return Files.isDirectory(local) && !isRuleSet(local) ? Optional.of(local) : Optional.empty();
    }

    /** A folder holding grading.properties and at least one .drl file (not hidden, a few levels deep at most). */
    static boolean isRuleSet(Path folder) {
        if (!Files.isDirectory(folder) || !Files.isRegularFile(folder.resolve(ANCHOR_FILE))) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder, RULE_SET_DEPTH)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p)
                    && !hidden(folder.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
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

    /**
     * A source held in memory, e.g. one file the workbench compiles on its own. Its bytes are gone: a
     * replacement character (what lenient decoding made of bytes that were not UTF-8) marks a file as not UTF-8.
     */
    public static RulesSource inMemory(String description, Map<String, String> files) {
        SortedMap<String, RuleDiagnostic> notUtf8 = new TreeMap<>();
        files.forEach((path, text) -> {
            int at = text.indexOf('\ufffd');
            if (at >= 0) {
                int[] lc = Utf8Check.lineAndColumn(text, at);
                notUtf8.put(path, new RuleDiagnostic(path, lc[0], lc[1], null, EngineMessages.notUtf8()));
            }
        });
        return new RulesSource(description, null, new Tree(new TreeMap<>(files), notUtf8));
    }

    /** Human-readable location, e.g. "rules/" or "(内置规则)/"; file paths are appended to it in messages. */
    public String describe() {
        return description;
    }

    /** True for the copy bundled in the jar. */
    public boolean isBundled() {
        return folder == null && EngineMessages.BUNDLED.equals(description);
    }

    /** The folder on disk; empty for the bundled or an in-memory copy. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Every file below the rules root, by relative path with '/' separators ("arithmetic/table2.drl"), sorted. */
    public SortedMap<String, String> files() {
        return files;
    }

    /** One error per file that is not valid UTF-8 (DRL and data files alike), at its first bad byte. */
    public List<RuleDiagnostic> encodingProblems() {
        return List.copyOf(notUtf8.values());
    }

    /** True when {@code file} was not valid UTF-8. */
    public boolean notUtf8(String file) {
        return notUtf8.containsKey(file);
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

    private static Tree readTree(Path root) {
        SortedMap<String, String> out = new TreeMap<>();
        SortedMap<String, RuleDiagnostic> notUtf8 = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (relative.startsWith("/")) {
                    relative = relative.substring(1);
                }
                if (!hidden(relative)) {
                    byte[] bytes = Files.readAllBytes(p);
                    String name = relative;
                    Utf8Check.firstBadByte(bytes).ifPresent(at -> {
                        int[] lc = Utf8Check.lineAndColumn(bytes, at);
                        notUtf8.put(name, new RuleDiagnostic(name, lc[0], lc[1], null, EngineMessages.notUtf8()));
                    });
                    // lenient decoding: the file is read all the same, and refused by the check above where it matters
                    out.put(relative, stripBom(new String(bytes, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(EngineMessages.unreadable(root, e), e);
        }
        return new Tree(out, notUtf8);
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
