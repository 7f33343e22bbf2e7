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
    void should_write_three_titled_sheets_worst_first_in_chinese_and_text_never_formulas() throws IOException {
        // GIVEN / WHEN
        byte[] xlsx = render();
        // THEN
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("报告", "问题明细", "规则统计");
            List<Row> reports = sheets.get(0).read();
            assertThat(reports).hasSize(5);
            assertThat(reports.get(0).getCellAsString(0)).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("政府信息公开工作年度报告审核汇总 · 报告 ｜ 输入：").contains("审核时间：1970-01-01 00:00"));
            assertThat(reports.get(1).getCellAsString(0)).hasValue("机关");
            // worst first: the D with a critical finding, the D without, then the report that could not be assessed
            assertThat(reports.get(2).getCellAsString(0)).hasValue("某某县人民政府" + SampleAudits.SCRIPT);
            assertThat(reports.get(3).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(reports.get(3).getCellAsString(0)).hasValue("=cmd|' /C calc'!A0");
            assertThat(reports.get(4).getCellAsString(2)).hasValue("不可评估");
            assertThat(reports.get(2).getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(47));
            assertThat(reports.get(2).getCellAsString(11)).hasValue("in/003.txt");

            List<Row> findings = sheets.get(1).read();
            assertThat(findings).hasSize(5);
            Row arith = findings.get(3);
            assertThat(arith.getCellAsString(3)).hasValue("错误");
            assertThat(arith.getCellAsString(4)).hasValue("表格勾稽关系");
            assertThat(arith.getCellAsString(5)).hasValue("ARITH-T2-TOTAL");
            assertThat(arith.getCellAsString(9)).hasValue("三、收到和处理政府信息公开申请情况，表二 一、本年新收政府信息公开申请数量 行 · 总计 列，第80行");
            assertThat(arith.getCell(10).getType()).isEqualTo(CellType.STRING);
            assertThat(arith.getCellAsString(10)).hasValue(SampleAudits.FORMULA);
            assertThat(arith.getCellAsString(12)).hasValue("表中总计：12");
            assertThat(arith.getCellAsString(13)).hasValue("计算结果（各列之和）：11");
            assertThat(arith.getCellAsString(14)).hasValue("一、本年新收政府信息公开申请数量 · 自然人：5\n一、本年新收政府信息公开申请数量 · LP：6");
            assertThat(findings.get(4).getCellAsString(15)).hasValue("提取问题");

            List<Row> rules = sheets.get(2).read();
            assertThat(rules).hasSize(7);
            assertThat(rules.subList(2, 7)).extracting(r -> r.getCellAsString(0).orElseThrow())
                    .containsExactly("CONTAM-SPAM", "ARITH-T2-TOTAL", "TIME-LATE", "EXTRACT-GLUED", "ARITH-T1-SUM");
            assertThat(rules.get(2).getCellAsString(2)).hasValue("严重");
            assertThat(rules.get(4).getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n.intValue()).isZero());
        }
        String sheetXml = entries(xlsx, "xl/worksheets/sheet1.xml") + entries(xlsx, "xl/worksheets/sheet2.xml")
                + entries(xlsx, "xl/worksheets/sheet3.xml");
        assertThat(sheetXml).doesNotContain("<f>").doesNotContain("<f ")
                .contains("<pane").contains("state=\"frozen\"").contains("<autoFilter").contains("<mergeCell ");
        // each agency links to its page, each rule to its row in the catalogue
        assertThat(entries(xlsx, "xl/worksheets/_rels/sheet1.xml.rels")).contains("Target=\"stem0.html\"")
                .contains("TargetMode=\"External\"");
        assertThat(entries(xlsx, "xl/worksheets/_rels/sheet3.xml.rels")).contains("Target=\"rules.html#CONTAM-SPAM\"");
        // grade colours: D red, 不可评估 grey
        assertThat(entries(xlsx, "xl/styles.xml")).contains("FFCF222E").contains("FF6E7781");
        // fitted widths, not one width for every column
        assertThat(entries(xlsx, "xl/worksheets/sheet1.xml")).contains("<cols>").containsPattern("width=\"([0-9.]+)\"");
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
            assertThat(wb.getSheet(0).orElseThrow().read()).hasSize(2002);
            assertThat(wb.getSheet(1).orElseThrow().read()).hasSize(6002);
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
