package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.matrix;
import static org.nianbao.audit.parse.table.TableAssertions.problems;
import static org.nianbao.audit.parse.table.TableAssertions.table;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.CellOrigin;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;

/**
 * Glued digits in the token pipeline's text layouts: rows read, solved together once the table is read, and
 * put into the model with their origin and evidence.
 */
class GluedTablesTest {
    /** A row line of the space-separated layout: its label, then its values separated by runs of spaces. */
    private static final Pattern ROW = Pattern.compile("^(.*?\\S)((?:\\s{2,}\\d+)+)$", Pattern.MULTILINE);
    private final TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("fixtures/layouts/" + name), StandardCharsets.UTF_8);
    }

    /** Every row's values glued, with a single space at random boundaries. */
    private static String glued(String text, long seed) {
        Random random = new Random(seed);
        Matcher m = ROW.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder run = new StringBuilder();
            for (String v : m.group(2).strip().split("\\s+")) {
                run.append(run.isEmpty() || random.nextInt(4) > 0 ? "" : " ").append(v);
            }
            // the label keeps its two spaces: only the cell separators are lost
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "  " + run));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void should_read_a_whole_report_whose_rows_lost_their_separators() throws IOException {
        // GIVEN the space-separated layout, and the same report with every row's values glued
        String original = fixture("2021_spaces.txt");
        Map<String, String> expected = matrix(parser.parse(FixtureLines.of(original)));
        for (long seed = 1; seed <= 20; seed++) {
            String text = glued(original, seed);
            assertThat(text).contains("一、本年新收政府信息公开申请数量  ");
            // WHEN
            TableParseResult r = parser.parse(FixtureLines.of(text));
            // THEN every cell comes back, table 1 too where digits or the narrative leave one reading
            Map<String, String> read = matrix(r);
            for (Map.Entry<String, String> e : read.entrySet()) {
                assertThat(e.getValue()).as("seed " + seed + " " + e.getKey()).isEqualTo(expected.get(e.getKey()));
            }
            assertThat(read.keySet().stream().filter(k -> !k.startsWith("T1"))).as("seed " + seed)
                    .containsExactlyInAnyOrderElementsOf(expected.keySet().stream().filter(k -> !k.startsWith("T1")).toList());
            assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).as("seed " + seed).isEmpty();
            assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void should_mark_reconstructed_cells_and_show_the_work() throws IOException {
        // GIVEN 本年新收 printed "123101017" (12 3 1 0 1 0 17), table 3 as fifteen glued digits
        String text = fixture("2021_spaces.txt")
                .replace("一、本年新收政府信息公开申请数量    12     3     1     0     1     0    17",
                        "一、本年新收政府信息公开申请数量  123101017")
                .replace("2  1  0  1  4  1  0  0  0  1  0  1  0  0  1", "210141000101001");
        // WHEN
        TableParseResult r = parser.parse(FixtureLines.of(text));
        // THEN
        TableRow r1 = table(r, TableKind.T2).row("R1").orElseThrow();
        assertThat(r1.isReconstructed()).isTrue();
        assertThat(r1.getCells()).extracting(Cell::getRaw).containsExactly("12", "3", "1", "0", "1", "0", "17");
        assertThat(r1.getCells()).allSatisfy(c -> assertThat(c.getOrigin()).isEqualTo(CellOrigin.RECONSTRUCTED));
        assertThat(r1.getReconstruction()).startsWith("123101017 → 12|3|1|0|1|0|17（");
        assertThat(r1.getCells().get(0).getLine()).isEqualTo(r1.getLine());
        assertThat(table(r, TableKind.T2).row("R2").orElseThrow().isReconstructed()).isFalse();
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "4");
        assertThat(table(r, TableKind.T3).cell("LR", "total").orElseThrow().getQuote())
                .isEqualTo("210141000101001 → 0|1|0|0|1（全行读作2|1|0|1|4 / 1|0|0|0|1 / 0|1|0|0|1；共15位数字、15格，只有这一种分法）");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_solve_a_pdf_row_where_two_values_touch_by_the_table_arithmetic() throws IOException {
        // GIVEN 予以公开 "6 1 1 0 0 08": the 0 and the total 8 touch
        String text = fixture("2021_spaces.txt").replace("（一）予以公开     6     1     1     0     0     0     8",
                "（一）予以公开     6     1     1     0     0     08");
        // WHEN
        TableParseResult r = parser.parse(FixtureLines.of(text));
        // THEN
        assertThat(values(r, TableKind.T2, "R3_1")).containsExactly("6", "1", "1", "0", "0", "0", "8");
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
    }

    @Test
    void should_read_the_groups_of_table_3_that_are_certain_and_leave_the_other_unread() throws IOException {
        // GIVEN table 3 whose 未经复议直接起诉 group is printed "1100011": 11|0|0|0|11 or 1|10|0|0|11
        String text = fixture("2021_spaces.txt").replace("2  1  0  1  4  1  0  0  0  1  0  1  0  0  1",
                "2  1  0  1  4  1100011  0  1  0  0  1");
        // WHEN
        TableParseResult r = parser.parse(FixtureLines.of(text));
        // THEN the other groups are read; that one is reported with its readings and not judged
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "4");
        assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "1");
        assertThat(table(r, TableKind.T3).row("LD")).isEmpty();
        assertThat(problems(r, ProblemCode.CELLS_AMBIGUOUS)).singleElement()
                .satisfies(p -> assertThat(p.getRowKey()).isEqualTo("LD"))
                .satisfies(p -> assertThat(p.getDetail()).contains("11|0|0|0|11", "1|10|0|0|11"));
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_MISSING)).isEmpty();
    }
}
