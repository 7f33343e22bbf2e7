package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueWriterTest {
    private static final List<CatalogueRow> ROWS = List.of(
            new CatalogueRow("A-1", "标题\"引号\"", "error", "table", "依据, 含逗号", "rules/t/a.drl", 7),
            new CatalogueRow("B-22", "短", "info", "content", "b|c", "rules/c/b.drl", 12));

    @Test
    void should_quote_every_csv_field_and_double_inner_quotes() {
        // GIVEN / WHEN the rows are written as CSV
        String csv = CatalogueWriter.write(ROWS, CatalogueFormat.CSV);
        // THEN a spreadsheet reads back exactly the values
        assertThat(csv.lines().toList()).containsExactly(
                "\"id\",\"title\",\"severity\",\"category\",\"basis\",\"file\",\"line\"",
                "\"A-1\",\"标题\"\"引号\"\"\",\"error\",\"table\",\"依据, 含逗号\",\"rules/t/a.drl\",\"7\"",
                "\"B-22\",\"短\",\"info\",\"content\",\"b|c\",\"rules/c/b.drl\",\"12\"");
    }

    @Test
    void should_align_table_columns_counting_chinese_as_two_columns() {
        // GIVEN / WHEN the rows are written as a table
        List<String> lines = CatalogueWriter.write(ROWS, CatalogueFormat.TABLE).lines().toList();
        // THEN the basis column starts at the same terminal column on every line
        int column = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("依据")));
        assertThat(lines.subList(1, 3)).allSatisfy(l ->
                assertThat(DisplayWidth.of(l.substring(0, l.indexOf(l.startsWith("A-1") ? "依据, 含逗号" : "b|c")))).isEqualTo(column));
    }

    @Test
    void should_keep_a_pipe_from_breaking_a_markdown_table_row() {
        // GIVEN / WHEN the rows are written as Markdown
        String md = CatalogueWriter.write(ROWS, CatalogueFormat.MD);
        // THEN every row has exactly the header's cell count
        assertThat(md.lines()).allSatisfy(l -> assertThat(l.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(7));
    }
}
