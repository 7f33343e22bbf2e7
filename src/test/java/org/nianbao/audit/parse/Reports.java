package org.nianbao.audit.parse;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.model.AnnualReport;

/** Test helpers: parse a fixture file or a few lines of text. */
final class Reports {
    private static final ReportParser PARSER = ProjectFormats.parser();

    private Reports() {
    }

    static AnnualReport file(String path) {
        return PARSER.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(Path.of(path), path));
    }

    static AnnualReport seed(String id) {
        return switch (id) {
            case "000" -> file("fixtures/seeds/000_622e8beca5a8e726.txt");
            case "001" -> file("fixtures/seeds/001_5fa92bbbf5bb350f.txt");
            case "002" -> file("fixtures/seeds/002_e7290be93566281d.txt");
            case "003" -> file("fixtures/seeds/003_596eb627cbefc53e.txt");
            case "004" -> file("fixtures/seeds/004_54fb951c2391aa09.txt");
            default -> throw new IllegalArgumentException(id);
        };
    }

    static AnnualReport text(String... lines) {
        return PARSER.parse(org.nianbao.audit.engine.formats.ProjectFormats.textDocument("inline", List.of(lines)));
    }
}
