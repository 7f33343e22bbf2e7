package org.nianbao.audit.parse.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/** Builds the TextLines the document parser would hand over (section 0: the table parser ignores sections). */
final class FixtureLines {
    private FixtureLines() {
    }

    static List<TextLine> file(String relative) {
        try {
            return of(Files.readString(Path.of(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TextLine> seed(String prefix) {
        try (var files = Files.list(Path.of("fixtures/seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return file(p.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TextLine> of(String text) {
        List<TextLine> lines = new ArrayList<>();
        int n = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(start, i);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (i < text.length() || !line.isEmpty()) {
                    lines.add(new TextLine(n++, line, Normalizer.compact(line), 0));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
