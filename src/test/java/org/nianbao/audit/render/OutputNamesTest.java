package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputNamesTest {
    @Test
    void should_join_agency_and_year() {
        assertThat(OutputNames.stem("景德镇市科学技术局", 2023, "000.txt")).isEqualTo("景德镇市科学技术局-2023");
    }

    @Test
    void should_neutralise_path_traversal() {
        // GIVEN / WHEN
        String stem = OutputNames.stem("../../etc/passwd", 2023, "x.txt");
        // THEN
        assertThat(stem).doesNotContain("/").doesNotContain("..").doesNotStartWith(".").isEqualTo("etc_passwd-2023");
    }

    @Test
    void should_keep_report_stems_off_the_batch_file_names() {
        // GIVEN input files named like the batch outputs and no readable agency
        // THEN their stems cannot overwrite index.html, summary.* or run.json
        assertThat(OutputNames.stem(null, null, "index.txt")).isEqualTo("_index");
        assertThat(OutputNames.stem(null, null, "Summary.md")).isEqualTo("_Summary");
        assertThat(OutputNames.stem("run", null, "x.txt")).isEqualTo("_run");
        assertThat(OutputNames.stem("index", 2023, "x.txt")).isEqualTo("index-2023");
    }

    @Test
    void should_replace_control_reserved_and_device_names() {
        assertThat(OutputNames.stem("a\u0000b\nc\td<>:\"|?*\\e", null, "x")).isEqualTo("a_b_c_d_e");
        assertThat(OutputNames.stem("CON", null, "x")).isEqualTo("_CON");
        assertThat(OutputNames.stem("nul.txt", null, "x")).isEqualTo("_nul.txt");
        assertThat(OutputNames.stem("机关\u200B名", null, "x")).isEqualTo("机关_名");
    }

    @Test
    void should_bound_the_length() {
        // GIVEN
        String agency = "很".repeat(300);
        // WHEN
        String stem = OutputNames.stem(agency, 2023, "x");
        // THEN
        assertThat(stem.codePointCount(0, stem.length())).isEqualTo(OutputNames.MAX_STEM);
        String unique = OutputNames.disambiguated(stem, "a/b.txt");
        assertThat(unique.codePointCount(0, unique.length())).isEqualTo(OutputNames.MAX_STEM);
        assertThat(unique).endsWith("-" + OutputNames.shortHash("a/b.txt"));
    }

    @Test
    void should_fall_back_to_the_file_name_when_the_agency_is_unknown() {
        assertThat(OutputNames.stem(null, 2023, "003_596eb627.txt")).isEqualTo("003_596eb627");
        assertThat(OutputNames.stem(" ", null, "..")).isEqualTo("report");
        assertThat(OutputNames.stem(null, null, ".hidden")).isEqualTo("hidden");
    }

    @Test
    void should_give_stable_distinct_suffixes() {
        assertThat(OutputNames.disambiguated("a", "x/1.txt")).isEqualTo(OutputNames.disambiguated("a", "x/1.txt"))
                .isNotEqualTo(OutputNames.disambiguated("a", "x/2.txt")).matches("a-[0-9a-f]{8}");
    }
}
