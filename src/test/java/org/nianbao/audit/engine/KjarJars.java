package org.nianbao.audit.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Test jars holding a precompiled kjar where the build puts it, and class loaders that see them. */
public final class KjarJars {
    private KjarJars() {
    }

    /** A jar at {@code jar} with {@code bytes} as the kjar of {@code drl}, and a loader that sees only it. */
    public static ClassLoader jarWith(Path jar, SortedMap<String, String> drl, byte[] bytes) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(PrecompiledRules.resourceName(drl)));
            out.write(bytes);
            out.closeEntry();
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    /** The same kjar in a plain folder (a build tree such as target/classes), and a loader that sees it. */
    public static ClassLoader folderWith(Path folder, SortedMap<String, String> drl, byte[] bytes) throws IOException {
        Path file = folder.resolve(PrecompiledRules.resourceName(drl));
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
    }
}
