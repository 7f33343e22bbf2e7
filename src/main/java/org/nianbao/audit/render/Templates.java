package org.nianbao.audit.render;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the mustache templates under {@code templates/}; compiled once, shared (Template is thread-safe). */
final class Templates {
    /** HTML escaping ON: every value from a report is text, never markup. */
    static final Mustache.Compiler HTML = Mustache.compiler().withEscaper(Escapers.HTML).defaultValue("");
    static final Mustache.Compiler MARKDOWN = Mustache.compiler().withEscaper(MarkdownEscaper::escape).defaultValue("");

    private Templates() {
    }

    static Template load(Mustache.Compiler compiler, String name) {
        try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return compiler.compile(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
