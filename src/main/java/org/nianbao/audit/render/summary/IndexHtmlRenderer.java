package org.nianbao.audit.render.summary;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** index.html: the batch at a glance (grade chart as inline SVG, sortable table, top findings, failures). */
public final class IndexHtmlRenderer implements BatchRenderer {
    private static final Template TEMPLATE = load();

    @Override
    public String fileName() {
        return "index.html";
    }

    @Override
    public void render(BatchSummary summary, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        TEMPLATE.execute(IndexView.of(summary), w);
        w.flush();
    }

    private static Template load() {
        try (InputStream in = IndexHtmlRenderer.class.getResourceAsStream("/templates/index.html.mustache");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Mustache.compiler().withEscaper(Escapers.HTML).defaultValue("").compile(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
