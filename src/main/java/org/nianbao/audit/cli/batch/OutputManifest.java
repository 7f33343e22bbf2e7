package org.nianbao.audit.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.FileStamp;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.ToolVersion;
import org.nianbao.audit.render.summary.RunFacts;

/**
 * Keeps a re-used output folder free of the previous run's leftovers (the page of an agency no longer
 * in the batch) without ever touching a file the tool did not write or that was changed since. A hidden
 * manifest lists the files the last successful run wrote, each with its {@link FileStamp}; at the end of
 * a successful run, a listed file this run did not write is removed when
 * <ul>
 *   <li>its name is a plain output file name (no separator, no "..", no control character, not hidden, an
 *       output extension), it lies directly inside the folder and is a regular file, not a link: a forged
 *       or damaged manifest cannot reach anything else;</li>
 *   <li>its content is still what the tool wrote (size and CRC-32C): a summary the user annotated is theirs
 *       now and is forgotten, not removed;</li>
 *   <li>this run wrote files of the same kind (extension): after {@code --format csv} the earlier HTML pages
 *       stay, and stay listed, until a run writes HTML again.</li>
 * </ul>
 * Order matters: the old manifest is replaced only after the stale files are gone, so a run killed in
 * between leaves it for the next run to finish the job; a file that could not be removed stays listed.
 */
final class OutputManifest {
    /** Hidden, so it can never collide with a report stem (stems never begin with a dot). */
    static final String FILE_NAME = ".nianbao-audit-outputs.json";
    private static final Set<String> EXTENSIONS = Set.of("json", "html", "md", "csv", "xlsx", "sarif");
    private static final int MAX_NAME = 255;

    private OutputManifest() {
    }

    /**
     * Removes the previous run's files this run did not write, then records this run's files.
     *
     * @return how many stale files were removed
     */
    static int replace(AtomicFiles files) throws IOException {
        SortedMap<String, FileStamp> written = new TreeMap<>(files.stamps());
        written.remove(FILE_NAME);
        // rewritten by every run, so never left over; its stamp would make the manifest differ run to run
        written.remove(RunFacts.FILE_NAME);
        Map<String, String> writtenByKey = new HashMap<>();
        Set<String> kinds = new HashSet<>();
        written.keySet().forEach(n -> {
            writtenByKey.put(key(n), n);
            kinds.add(extension(n));
        });
        SortedMap<String, FileStamp> kept = new TreeMap<>(written);
        int removed = 0;
        for (Map.Entry<String, FileStamp> listed : previous(files.folder()).entrySet()) {
            String name = listed.getKey();
            Path file = written.containsKey(name) || !plainOutputName(name) ? null : inside(files, name);
            if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || isWrittenUnderAnotherCase(files, file, writtenByKey.get(key(name)))
                    || !listed.getValue().equals(FileStamp.of(file))) {
                continue; // gone, not ours to judge, this run's own file, or changed by the user: forget it
            }
            if (!kinds.contains(extension(name))) {
                kept.put(name, listed.getValue()); // a kind this run did not write: leave it, still ours
                continue;
            }
            try {
                Files.delete(file);
                removed++;
            } catch (IOException e) {
                kept.put(name, listed.getValue()); // still ours: the next run tries again
            }
        }
        files.write(FILE_NAME, out -> JsonSupport.writePretty(manifest(kept), out));
        return removed;
    }

    /**
     * Records files a killed run wrote but never listed (from its journal) as the tool's own, beside what
     * the manifest lists, so that this run treats them as any earlier run's outputs.
     * @return how many files were taken over
     */
    static int adopt(Path folder, Map<String, FileStamp> orphans) throws IOException {
        SortedMap<String, FileStamp> listed = new TreeMap<>(previous(folder));
        int adopted = 0;
        for (Map.Entry<String, FileStamp> orphan : orphans.entrySet()) {
            if (plainOutputName(orphan.getKey())) {
                listed.put(orphan.getKey(), orphan.getValue());
                adopted++;
            }
        }
        new AtomicFiles(folder).write(FILE_NAME, out -> JsonSupport.writePretty(manifest(listed), out));
        return adopted;
    }

    /** On a case-insensitive file system "Bureau.json" is the "bureau.json" this run just wrote. */
    private static boolean isWrittenUnderAnotherCase(AtomicFiles files, Path file, String writtenName) throws IOException {
        return writtenName != null && Files.isSameFile(file, files.resolve(writtenName));
    }

    /** The file directly inside the output folder, or null when the name cannot be one there. */
    private static Path inside(AtomicFiles files, String name) {
        try {
            return files.resolve(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The files the previous manifest lists; none when there is no manifest or it cannot be read. */
    static Map<String, FileStamp> previous(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        try {
            JsonNode entries = JsonSupport.MAPPER.readTree(file.toFile()).path("files");
            Map<String, FileStamp> listed = new TreeMap<>();
            entries.forEach(e -> {
                if (e.path("name").isTextual() && e.path("size").isIntegralNumber() && e.path("crc32c").isIntegralNumber()) {
                    listed.put(e.path("name").asText(), new FileStamp(e.path("size").asLong(), e.path("crc32c").asLong()));
                }
            });
            return listed;
        } catch (IOException | RuntimeException e) {
            // a damaged manifest only means nothing is cleaned up this time: never a reason to fail
            return Map.of();
        }
    }

    /** A name this tool could have written: one plain, visible file name with an output extension. */
    static boolean plainOutputName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME || name.startsWith(".") || name.contains("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)) {
                return false;
            }
        }
        return EXTENSIONS.contains(extension(name));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    /** Names that are one file on a case-insensitive or normalising file system share a key. */
    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static ObjectNode manifest(SortedMap<String, FileStamp> files) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("tool", ToolVersion.NAME);
        ArrayNode list = n.putArray("files");
        files.forEach((name, stamp) -> list.addObject().put("name", name).put("size", stamp.size()).put("crc32c", stamp.crc()));
        return n;
    }
}
