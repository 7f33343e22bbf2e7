package org.nianbao.audit.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one Jackson configuration every JSON output shares: two-space indent, LF line ends whatever the
 * platform, UTF-8, a final newline. Field order is the insertion order of the trees the renderers build,
 * so the bytes depend only on the data. ObjectMapper and ObjectWriter are thread-safe and reused.
 */
public final class JsonSupport {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final DefaultIndenter LF_INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(LF_INDENT)
            .withArrayIndenter(LF_INDENT));
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private JsonSupport() {
    }

    /** Writes {@code tree} indented, followed by one LF; does not close {@code out}. */
    public static void writePretty(Object tree, OutputStream out) throws IOException {
        PRETTY.writeValue(out, tree);
        out.write('\n');
    }

    /** A streaming generator with the same indentation, for outputs too large to build as one tree. */
    public static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
        return PRETTY.createGenerator(out);
    }

    /** One line, no indent: for spool files read back by the program itself. */
    public static byte[] compact(Object tree) throws IOException {
        return COMPACT.writeValueAsBytes(tree);
    }
}
