package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.SampleAudits;

class XlsxSummaryRendererTest {
    @TempDir
    Path tmp;

    private byte[] render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxSummaryRenderer().render(SampleBatch.of(tmp), out);
        return out.toByteArray();
    }

    @Test
    void should_write_two_sheets_with_headers_and_text_never_formulas() throws IOException {
        // GIVEN / WHEN
        byte[] xlsx = render();
        // THEN
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("报告", "问题明细");
            List<Row> reports = sheets.get(0).read();
            assertThat(reports).hasSize(4);
            assertThat(reports.get(0).getCellAsString(0)).hasValue("文件");
            assertThat(reports.get(2).getCell(2).getType()).isEqualTo(CellType.STRING);
            assertThat(reports.get(2).getCellAsString(2)).hasValue("=cmd|' /C calc'!A0");
            assertThat(reports.get(1).getCellAsNumber(6)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(47));
            List<Row> findings = sheets.get(1).read();
            assertThat(findings).hasSize(4);
            Row arith = findings.get(2);
            assertThat(arith.getCellAsString(3)).hasValue("ARITH-T2-TOTAL");
            assertThat(arith.getCell(12).getType()).isEqualTo(CellType.STRING);
            assertThat(arith.getCellAsString(12)).hasValue(SampleAudits.FORMULA);
        }
        String sheetXml = entries(xlsx, "xl/worksheets/sheet1.xml") + entries(xlsx, "xl/worksheets/sheet2.xml");
        assertThat(sheetXml).doesNotContain("<f>").doesNotContain("<f ")
                .contains("<pane").contains("state=\"frozen\"");
        assertThat(sheetXml).contains("<autoFilter");
    }

    @Test
    void should_keep_frozen_header_and_filter_when_rows_are_streamed() throws IOException {
        // GIVEN a batch large enough to flush both sheets several times
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // WHEN
        new XlsxSummaryRenderer().render(SampleBatch.many(tmp, 2000), out);
        // THEN
        byte[] xlsx = out.toByteArray();
        for (String sheet : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
            String xml = entries(xlsx, sheet);
            assertThat(xml).as(sheet).contains("state=\"frozen\"").contains("<autoFilter").doesNotContain("<f>");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet(0).orElseThrow().read()).hasSize(2001);
            assertThat(wb.getSheet(1).orElseThrow().read()).hasSize(6001);
        }
    }

    @Test
    void should_give_identical_bytes_on_two_writes() throws Exception {
        // GIVEN
        byte[] first = render();
        Thread.sleep(2100); // zip times have 2 s resolution: a timestamp would now differ
        // WHEN
        byte[] second = render();
        // THEN
        assertThat(second).isEqualTo(first);
        assertThat(entries(first, "docProps/core.xml")).contains("2000-01-01T00:00:00Z");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    private static String entries(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
