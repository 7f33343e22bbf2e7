package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.TextLine;

class TableParserConcurrencyTest {
    @Test
    void should_give_the_same_result_when_one_parser_is_shared_by_threads() throws Exception {
        // GIVEN one parser and two different documents
        TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());
        List<TextLine> a = FixtureLines.file("fixtures/layouts/2021_pipes.md");
        List<TextLine> b = FixtureLines.seed("004");
        Map<String, String> expectedA = matrix(parser.parse(a));
        Map<String, String> expectedB = matrix(parser.parse(b));
        // WHEN parsed concurrently many times
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even
                        ? matrix(parser.parse(a)).equals(expectedA)
                        : matrix(parser.parse(b)).equals(expectedB)));
            }
            // THEN every run equals the sequential one
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
