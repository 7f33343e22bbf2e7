package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.matrix;
import static org.nianbao.audit.parse.table.TableAssertions.table;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;

class LayoutFixturesTest {
    private static final String DIR = "fixtures/layouts/";
    private final TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());

    private TableParseResult parse(String name) {
        return parser.parse(FixtureLines.file(DIR + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021_cells_plain.txt", "2021_pipes.md", "2021_tsv.txt", "2021_spaces.txt", "2021_converter.md",
            "2021_converter_row.md"})
    void should_read_every_layout_into_the_same_matrix(String layout) {
        // GIVEN the same report in the tab-prefixed layout and in another layout
        Map<String, String> reference = matrix(parse("2021_cells_tab.txt"));
        // WHEN
        TableParseResult r = parse(layout);
        // THEN every cell value is identical, and nothing was guessed
        assertThat(matrix(r)).isEqualTo(reference);
        assertThat(r.template()).isEqualTo(TemplateVersion.V2021);
        assertThat(r.problems()).isEmpty();
        assertThat(r.tables()).allSatisfy(t -> assertThat(t.getLabelDeviations()).isEmpty());
    }

    @Test
    void should_read_the_reference_layout_with_the_documented_values() {
        // GIVEN the tab-prefixed 2021 layout fixture WHEN
        TableParseResult r = parse("2021_cells_tab.txt");
        // THEN the values of fixtures/layouts/README.md
        assertThat(r.problems()).isEmpty();
        assertThat(matrix(r)).hasSize(10 + 175 + 15);
        assertThat(values(r, TableKind.T1, "reg")).containsExactly("1", "0", "2");
        assertThat(values(r, TableKind.T1, "norm")).containsExactly("3", "1", "12");
        assertThat(values(r, TableKind.T1, "license")).containsExactly("22");
        assertThat(values(r, TableKind.T1, "fee")).containsExactly("1.25");
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("12", "3", "1", "0", "1", "0", "17");
        assertThat(values(r, TableKind.T2, "R2")).containsExactly("2", "0", "0", "0", "0", "1", "3");
        assertThat(values(r, TableKind.T2, "R3_7")).containsExactly("13", "2", "1", "0", "1", "1", "18");
        assertThat(values(r, TableKind.T2, "R4")).containsExactly("1", "1", "0", "0", "0", "0", "2");
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "4");
        assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
        assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "1");
    }

    @Test
    void should_keep_the_arithmetic_identities_of_the_layout_fixture() {
        // GIVEN the reference layout WHEN
        Map<String, String> m = matrix(parse("2021_cells_tab.txt"));
        // THEN the fixture is a consistent report (row totals, （七）总计, 勾稽关系), as README.md promises
        String[] cols = {"NP", "BE", "RI", "SW", "LS", "OT", "TOT"};
        for (String c : cols) {
            int outcomes = 0;
            for (String k : m.keySet()) {
                if (k.startsWith("T2.R3_") && !k.startsWith("T2.R3_7.") && k.endsWith("." + c)) {
                    outcomes += Integer.parseInt(m.get(k));
                }
            }
            assertThat(outcomes).as(c).isEqualTo(num(m, "T2.R3_7." + c));
            assertThat(num(m, "T2.R1." + c) + num(m, "T2.R2." + c)).as(c)
                    .isEqualTo(num(m, "T2.R3_7." + c) + num(m, "T2.R4." + c));
        }
    }

    @Test
    void should_read_the_2019_fixture_with_its_own_rows() {
        // GIVEN the same data in the 2019 template WHEN
        TableParseResult r = parse("2019_cells_tab.txt");
        // THEN
        assertThat(r.template()).isEqualTo(TemplateVersion.V2019);
        assertThat(r.problems()).isEmpty();
        assertThat(table(r, TableKind.T2).getRows()).hasSize(23);
        assertThat(values(r, TableKind.T2, "R3_6")).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(values(r, TableKind.T1, "license")).containsExactly("10", "2", "22");
        assertThat(table(r, TableKind.T1).cell("license", "delta").orElseThrow().getRaw()).isEqualTo("+2");
        assertThat(values(r, TableKind.T1, "penalty")).containsExactly("3", "-1", "5");
        assertThat(values(r, TableKind.T1, "procurement")).containsExactly("3", "25.1");
        Map<String, String> t2of2021 = matrix(parse("2021_cells_tab.txt"));
        Map<String, String> t2of2019 = matrix(r);
        assertThat(t2of2019.get("T2.R3_7.TOT")).isEqualTo(t2of2021.get("T2.R3_7.TOT"));
        assertThat(t2of2019.get("T3.RV.total")).isEqualTo(t2of2021.get("T3.RV.total"));
    }

    private static int num(Map<String, String> m, String key) {
        return Integer.parseInt(m.get(key));
    }
}
