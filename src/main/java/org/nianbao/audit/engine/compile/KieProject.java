package org.nianbao.audit.engine.compile;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;

/**
 * The in-memory Maven project both engines build DRL from. Each file is written at
 * {@code src/main/resources/<package path>/<file name>} so Drools does not warn about a folder/package
 * mismatch; {@link #writtenAs} maps each written path back to the file as the author knows it.
 */
final class KieProject {
    static final String RESOURCES = "src/main/resources/";
    /**
     * KieBuilder installs its module in the process-wide repository under the default release id, and
     * the container is created from there: two builds (or a build and a load) at once would swap modules.
     */
    private static final Object REPOSITORY_LOCK = new Object();

    private final KieFileSystem files;
    private final Map<String, String> writtenAs = new HashMap<>();

    KieProject(KieServices ks, SortedMap<String, String> drlFiles, Map<String, DrlOutline> outlines) {
        this.files = ks.newKieFileSystem();
        drlFiles.forEach((path, text) -> {
            String target = targetPath(outlines.get(path), path);
            writtenAs.put(target, path);
            files.write(target, text);
        });
    }

    KieFileSystem files() {
        return files;
    }

    /** Written path (as Drools reports it) → the author's path relative to the rules root. */
    Map<String, String> writtenAs() {
        return writtenAs;
    }

    /** Runs a build or load that goes through the process-wide KieRepository, one at a time. */
    static <T> T exclusively(Supplier<T> work) {
        synchronized (REPOSITORY_LOCK) {
            return work.get();
        }
    }

    private String targetPath(DrlOutline outline, String path) {
        String folder = outline.packageName().isEmpty() ? "" : outline.packageName().replace('.', '/') + "/";
        String name = path.substring(path.lastIndexOf('/') + 1);
        String target = RESOURCES + folder + name;
        // two folders may hold equally named files of one package: keep them apart by their full path
        return writtenAs.containsKey(target) ? RESOURCES + folder + path.replace('/', '_') : target;
    }
}
