package org.nianbao.audit.parse.table.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;

class SplitterTest {
    private static final Shape ROW = new Shape(org.nianbao.audit.engine.formats.ProjectFormats.template().rows(TemplateVersion.V2021, TableKind.T2).subList(0, 1));

    private static List<String> splits(Splitter.Result r) {
        return r.splits().stream().map(Split::toString).toList();
    }

    @Test
    void should_enumerate_every_well_formed_split_and_count_them_alike() {
        List<Piece> pieces = PrintedRow.parse("110000011").pieces();
        Splitter.Result all = Splitter.all(pieces, ROW, 100, 100_000);
        assertThat(all.complete()).isTrue();
        assertThat(all.splits()).hasSize((int) Splitter.count(pieces, ROW));
        assertThat(splits(all)).contains("1|10|0|0|0|0|11", "11|0|0|0|0|0|11", "110|0|0|0|0|1|1")
                .doesNotContain("1|1|00|0|0|0|11");
    }

    @Test
    void should_keep_only_splits_whose_total_adds_up() {
        Splitter.Result r = Splitter.satisfyingTotals(PrintedRow.parse("110000011").pieces(), ROW, 100, 100_000);
        assertThat(splits(r)).containsExactlyInAnyOrder("1|10|0|0|0|0|11", "11|0|0|0|0|0|11");
    }

    @Test
    void should_agree_with_the_plain_enumeration_filtered_by_the_total() {
        // the pruned search finds exactly the splits the unpruned one finds and the total keeps
        for (String run : List.of("15130000154", "1400000 14", "20 0 0 0 02", "123456789123", "100100100100200", "9999999918")) {
            List<Piece> pieces = PrintedRow.parse(run).pieces();
            Splitter.Result all = Splitter.all(pieces, ROW, 100_000, 10_000_000);
            List<String> filtered = all.splits().stream().filter(s -> {
                long sum = 0;
                for (int c = 0; c < 6; c++) {
                    sum += s.counts()[c];
                }
                return sum == s.counts()[6];
            }).map(Split::toString).toList();
            assertThat(splits(Splitter.satisfyingTotals(pieces, ROW, 100_000, 10_000_000))).as(run)
                    .containsExactlyInAnyOrderElementsOf(filtered);
        }
    }

    @Test
    void should_prune_no_split_that_adds_up_on_random_runs() {
        // random digit runs, with random spaces, for a table 2 row and for table 3's three rows printed as one
        Shape litigation = new Shape(org.nianbao.audit.engine.formats.ProjectFormats.template().rows(TemplateVersion.V2021, TableKind.T3));
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 400; n++) {
            Shape shape = n % 2 == 0 ? ROW : litigation;
            int length = shape.cells() + random.nextInt(7);
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (i > 0 && random.nextInt(6) == 0) {
                    run.append(' ');
                }
                run.append(random.nextInt(3) == 0 ? '0' : (char) ('1' + random.nextInt(3)));
            }
            List<Piece> pieces = PrintedRow.parse(run.toString()).pieces();
            Splitter.Result all = Splitter.all(pieces, shape, 1_000_000, 50_000_000);
            List<String> filtered = all.splits().stream().filter(s -> addsUp(s, shape)).map(Split::toString).toList();
            Splitter.Result pruned = Splitter.satisfyingTotals(pieces, shape, 1_000_000, 50_000_000);
            assertThat(all.complete() && pruned.complete()).as(run.toString()).isTrue();
            assertThat(splits(pruned)).as(run.toString()).containsExactlyInAnyOrderElementsOf(filtered);
        }
    }

    private static boolean addsUp(Split s, Shape shape) {
        for (int r = 0; r < shape.rows().size(); r++) {
            int from = shape.rowStart(r);
            int last = from + shape.rowCells(r) - 1;
            long sum = 0;
            for (int c = from; c < last; c++) {
                sum += s.counts()[c];
            }
            if (sum != s.counts()[last]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void should_say_when_it_did_not_enumerate_everything() {
        List<Piece> pieces = PrintedRow.parse("1111111111111111111111111").pieces();
        assertThat(Splitter.all(pieces, ROW, 10, 1_000_000).complete()).isFalse();
        assertThat(Splitter.count(pieces, ROW)).isGreaterThan(10);
    }

    @Test
    void should_bound_total_lengths_by_the_longest_part() {
        // four digits left for two parts and a total, longest part so far 1 digit: 1+1 and a 2-digit total fits
        assertThat(Splitter.lengthsAllowTotal(4, 2, 1, 1)).isTrue();
        // ten digits left for one part and a total when every part so far has 1 digit: only a long part can do it
        assertThat(Splitter.lengthsAllowTotal(10, 1, 1, 1)).isTrue();
        assertThat(Splitter.lengthsAllowTotal(10, 0, 1, 1)).isFalse();
        assertThat(Splitter.lengthsAllowTotal(3, 0, 2, 3)).isTrue();
    }
}
