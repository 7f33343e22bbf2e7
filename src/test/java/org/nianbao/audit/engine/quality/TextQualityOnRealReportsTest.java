package org.nianbao.audit.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.parse.ReportParser;

/**
 * The text-quality rules on every real document under fixtures/ (seeds, layouts, encodings, hostile files, the crawled
 * corpus; not the rule cases, which hold errors on purpose): each finding must be one listed in
 * fixtures/corpus/text-quality.expected, and each listed finding must be raised. A new false positive fails here.
 */
class TextQualityOnRealReportsTest {
    private static final Path FIXTURES = Path.of("fixtures");
    private static final Path EXPECTED = FIXTURES.resolve("corpus").resolve("text-quality.expected");
    private static final Set<String> RULES = Set.of("TXT-DOUBLED", "TXT-ENUM-REPEAT", "TXT-ENUM-SKIP", "SEC-NUM");

    /** One line of the expectation file: a finding of {@code rule} whose evidence contains {@code evidence}. */
    private record Expected(PathMatcher files, String glob, String rule, String evidence) {
        boolean matches(String file, Finding f) {
            return files.matches(Path.of(file)) && f.getRule().equals(rule) && f.getEvidence().contains(evidence);
        }
    }

    @Test
    void should_raise_exactly_the_listed_text_quality_findings_on_every_real_document() throws IOException {
        // GIVEN every document under fixtures/ but the rule cases, and the findings written down for them
        List<Expected> expected = expectations();
        List<Path> documents = documents();
        assertThat(documents).as("the crawled corpus is part of the fixtures").anyMatch(p -> p.startsWith(FIXTURES.resolve("corpus")));
        AuditEngine engine = new AuditEngine(SharedRuleBook.get());
        ReportParser parser = ProjectFormats.parser();
        List<String> unexpected = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path document : documents) {
            String file = FIXTURES.relativize(document).toString().replace('\\', '/');
            // WHEN it is audited
            AnnualReport report = parser.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(document, document.toString()));
            List<Finding> findings = engine.evaluate(report).findings().stream().filter(f -> RULES.contains(f.getRule())).toList();
            // THEN each finding of these rules is listed, and each listing for this file is found once
            List<Expected> pending = new ArrayList<>(expected.stream().filter(e -> e.files().matches(Path.of(file))).toList());
            for (Finding f : findings) {
                Expected hit = pending.stream().filter(e -> e.matches(file, f)).findFirst().orElse(null);
                if (hit == null) {
                    unexpected.add(file + ": " + f.getRule() + " line " + f.getLine() + " 「" + f.getEvidence() + "」 " + f.getMessage());
                } else {
                    pending.remove(hit);
                }
            }
            pending.forEach(e -> missing.add(file + ": " + e.rule() + " 「" + e.evidence() + "」"));
        }
        assertThat(unexpected).as("findings not listed in " + EXPECTED).isEmpty();
        assertThat(missing).as("listed findings not raised").isEmpty();
    }

    @Test
    void should_match_every_expectation_line_to_some_document() throws IOException {
        // GIVEN the expectation file WHEN each line's glob is applied to the documents THEN none is stale
        List<String> files = documents().stream().map(p -> FIXTURES.relativize(p).toString().replace('\\', '/')).toList();
        assertThat(expectations()).allSatisfy(e ->
                assertThat(files).as(e.glob()).anyMatch(f -> e.files().matches(Path.of(f))));
    }

    private static List<Expected> expectations() throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\t+|\\s{2,}");
            assertThat(f).as("three fields in: " + line).hasSize(3);
            assertThat(RULES).as("a text-quality rule in: " + line).contains(f[1]);
            out.add(new Expected(FileSystems.getDefault().getPathMatcher("glob:" + f[0]), f[0], f[1], f[2]));
        }
        return out;
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(FIXTURES.resolve("rules")))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return !name.equals("README.md") && !name.endsWith(".properties") && !name.endsWith(".expected");
                    })
                    .sorted().toList();
        }
    }
}
