package org.nianbao.audit.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.ToolVersion;

/**
 * Keeps a re-used output folder free of the previous run's leftovers (the page of an agency no longer
 * in the batch) without ever touching a file the tool did not write. A hidden manifest lists the files
 * the last successful run wrote; at the end of a successful run, the files the previous manifest lists
 * and this run did not write are removed, and the manifest is replaced by this run's list.
 *
 * <p>A listed name is removed only when it is a plain output file name (no separator, no "..", no
 * control character, not hidden, an output extension), lies directly inside the folder and is a regular
 * file, not a link: a forged or damaged manifest cannot reach anything else. Order matters: the old
 * manifest is replaced only after the stale files are gone, so a run killed in between leaves it for the
 * next run to finish the job; a file that could not be removed stays listed for the same reason.
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
        SortedSet<String> written = files.written();
        Set<String> writtenKeys = new HashSet<>();
        written.forEach(n -> writtenKeys.add(key(n)));
        SortedSet<String> kept = new TreeSet<>(written);
        kept.remove(FILE_NAME);
        int removed = 0;
        for (String name : previous(files.folder())) {
            if (writtenKeys.contains(key(name)) || !plainOutputName(name)) {
                continue;
            }
            Path file = inside(files, name);
            if (file != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.delete(file);
                    removed++;
                } catch (IOException e) {
                    kept.add(name); // still ours: the next run tries again
                }
            }
        }
        files.write(FILE_NAME, out -> JsonSupport.writePretty(manifest(kept), out));
        return removed;
    }

    /** The file directly inside the output folder, or null when the name cannot be one there. */
    private static Path inside(AtomicFiles files, String name) {
        try {
            return files.resolve(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The names the previous manifest lists; none when there is no manifest or it cannot be read. */
    static List<String> previous(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try {
            JsonNode names = JsonSupport.MAPPER.readTree(file.toFile()).path("files");
            List<String> list = new ArrayList<>();
            names.forEach(n -> {
                if (n.isTextual()) {
                    list.add(n.asText());
                }
            });
            return list;
        } catch (IOException | RuntimeException e) {
            // a damaged manifest only means nothing is cleaned up this time: never a reason to fail
            return List.of();
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
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** Names that are one file on a case-insensitive or normalising file system share a key. */
    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static ObjectNode manifest(SortedSet<String> names) {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("tool", ToolVersion.NAME);
        ArrayNode list = n.putArray("files");
        names.forEach(list::add);
        return n;
    }
}
