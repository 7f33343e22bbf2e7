package org.nianbao.audit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.SortedMap;
import org.nianbao.audit.engine.compile.RuleSetKey;

/**
 * The bundled rules in the Drools executable model, made by the build ({@code BundledRulesPrecompiler},
 * phase prepare-package) after the rule cases gave identical findings under both engines, and packed into
 * the jar as {@code precompiled-rules/<key>.kjar}, the key being the digest of the DRL files
 * ({@link RuleSetKey}). Any rules folder whose DRL is exactly the bundled DRL ({@code ./rules} in the
 * project right after a build) starts from it; every other rule set is compiled from its DRL at start.
 *
 * <p>A kjar is generated code that calls this program's classes, so it is only trusted when it comes
 * out of a jar, next to the classes the same build packed: in a build tree ({@code target/classes}, as
 * tests and IDEs run) classes are recompiled without the kjar being made again.
 */
public final class PrecompiledRules {
    /** The resource folder the build writes the kjar to, beside {@code bundled-rules/}. */
    public static final String FOLDER = "precompiled-rules";

    private final ClassLoader loader;

    private PrecompiledRules(ClassLoader loader) {
        this.loader = loader;
    }

    /** The kjars packed into this program's jar. */
    public static PrecompiledRules ofThisProgram() {
        return new PrecompiledRules(PrecompiledRules.class.getClassLoader());
    }

    /** The kjars packed into the jars {@code loader} sees (tests give a jar of their own). */
    public static PrecompiledRules of(ClassLoader loader) {
        return new PrecompiledRules(loader);
    }

    /** The resource name of the kjar for these DRL files. */
    public static String resourceName(SortedMap<String, String> drlFiles) {
        return FOLDER + "/" + RuleSetKey.of(drlFiles).fileName();
    }

    /** The kjar made for exactly these DRL files, when one was packed into a jar; empty otherwise. */
    public Optional<byte[]> find(SortedMap<String, String> drlFiles) {
        URL url = loader.getResource(resourceName(drlFiles));
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty(); // unreadable: the DRL is compiled instead, which is never wrong
        }
    }
}
