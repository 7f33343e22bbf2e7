package org.nianbao.audit.parse.table.digits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintedRowTest {
    @Test
    void should_split_at_any_white_space_and_keep_units_with_their_run() {
        PrintedRow row = PrintedRow.parse("0　28\u00a00 1973601627.4元 / 未统计");
        assertThat(row.pieces()).containsExactly(Piece.run("0"), Piece.run("28"), Piece.run("0"),
                Piece.run("1973601627.4", "元"), Piece.cell("/"), Piece.cell("未统计"));
        assertThat(row.printed()).isEqualTo("0 28 0 1973601627.4元 / 未统计");
        assertThat(row.hasRuns()).isTrue();
    }

    @Test
    void should_read_full_width_digits_and_signs_as_a_run() {
        assertThat(PrintedRow.parse("１－１０").pieces()).containsExactly(Piece.run("1-10"));
    }

    @Test
    void should_keep_separated_cells_as_they_are() {
        PrintedRow row = PrintedRow.cells(java.util.List.of("12", "", "3"));
        assertThat(row.hasRuns()).isFalse();
        assertThat(row.pieces()).containsExactly(Piece.cell("12"), Piece.cell(""), Piece.cell("3"));
        assertThat(row.spanning(3).rows()).isEqualTo(3);
    }
}
