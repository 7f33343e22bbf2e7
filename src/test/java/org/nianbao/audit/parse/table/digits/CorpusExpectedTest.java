package org.nianbao.audit.parse.table.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The expected cells of fixtures/corpus/expected agree with shared/corpus/INDEX.md (copied here: 本年新收 / 上年结转 /
 * （七）总计 / 结转下年度 totals of table 2, 复议 / 诉讼 totals of table 3), and their arithmetic holds wherever INDEX
 * finds the tables correct; where it does not (自然资源与生态环境局 2023) exactly the verified defects break.
 */
class CorpusExpectedTest {
    /** INDEX.md's T2 columns (新收, 结转, (七), 结转下年) and T3 columns (复议, 诉讼) per file. */
    private static final Map<String, int[]> INDEX = Map.ofEntries(
            Map.entry("pingtan-caizheng-jinrong-ju-2020", new int[] {0, 0, 0, 0, 0, 0}),
            Map.entry("pingtan-caizheng-jinrong-ju-2024", new int[] {2, 0, 2, 0, 0, 0}),
            Map.entry("pingtan-gongan-ju-2024", new int[] {8, 0, 8, 0, 0, 0}),
            Map.entry("pingtan-guanweihui-bangongshi-2020", new int[] {0, 0, 0, 0, 0, 0}),
            Map.entry("pingtan-guoyou-zichan-guanli-ju-2021", new int[] {0, 0, 0, 0, 0, 0}),
            Map.entry("pingtan-xingzheng-shenpi-ju-2025", new int[] {6, 0, 6, 0, 0, 0}),
            Map.entry("pingtan-jiaotong-jianshe-ju-2023", new int[] {14, 0, 14, 0, 0, 0}),
            Map.entry("pingtan-nongye-nongcun-ju-2019", new int[] {0, 0, 0, 0, 0, 0}),
            Map.entry("pingtan-shichang-jianguan-ju-2021", new int[] {5, 0, 5, 0, 0, 0}),
            Map.entry("pingtan-shichang-jianguan-ju-2024", new int[] {4, 0, 4, 0, 0, 0}),
            Map.entry("pingtan-shehui-shiye-ju-2021", new int[] {0, 0, 0, 0, 0, 0}),
            Map.entry("pingtan-zonghe-zhifa-yingji-ju-2020", new int[] {0, 0, 0, 0, 0, 0}),
            Map.entry("pingtan-ziran-ziyuan-shengtai-huanjing-ju-2023", new int[] {19, 0, 19, 0, 0, 1}));
    private static final String[] COLUMNS = {"NP", "BE", "RI", "SW", "LS", "OT", "TOT"};

    @Test
    void should_state_the_totals_index_md_verified() throws IOException {
        assertThat(CorpusData.names()).containsExactlyInAnyOrderElementsOf(INDEX.keySet());
        for (String name : CorpusData.names()) {
            // GIVEN
            Map<String, List<String>> cells = CorpusData.load(name).cells();
            int[] index = INDEX.get(name);
            // THEN
            assertThat(new int[] {tot(cells, "T2.R1"), tot(cells, "T2.R2"), tot(cells, "T2.R3_7"), tot(cells, "T2.R4"),
                    last(cells, "T3.RV"), last(cells, "T3.LD") + last(cells, "T3.LR")}).as(name).containsExactly(index);
        }
    }

    @Test
    void should_add_up_except_where_index_md_found_the_table_wrong() throws IOException {
        for (String name : CorpusData.names()) {
            // GIVEN
            CorpusData.Document doc = CorpusData.load(name);
            // WHEN
            List<String> broken = broken(doc.cells());
            // THEN
            List<String> expected = doc.defects().stream().filter(d -> d.startsWith("AR-")).toList();
            assertThat(broken).as(name).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** The identities the expected cells break, written as the defects are ("AR-T2-ROWTOT T2.R3_2"). */
    private static List<String> broken(Map<String, List<String>> cells) {
        List<String> out = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (String key : cells.keySet()) {
            List<String> row = cells.get(key);
            boolean t2 = key.startsWith("T2.");
            if ((t2 || key.startsWith("T3.")) && !row.isEmpty()) {
                long sum = 0;
                for (int c = 0; c < row.size() - 1; c++) {
                    sum += Long.parseLong(row.get(c));
                }
                if (sum != Long.parseLong(row.get(row.size() - 1))) {
                    out.add((t2 ? "AR-T2-ROWTOT " : "AR-T3 ") + key);
                }
            }
            if (key.startsWith("T2.R3_") && !key.equals("T2.R3_7")) {
                outcomes.add(key);
            }
        }
        for (int c = 0; c < COLUMNS.length; c++) {
            long sum = 0;
            for (String k : outcomes) {
                sum += cells.get(k).isEmpty() ? 0 : Long.parseLong(cells.get(k).get(c));
            }
            if (sum != cell(cells, "T2.R3_7", c)) {
                out.add("AR-T2-R37 T2.R3_7." + COLUMNS[c]);
            }
            if (cell(cells, "T2.R1", c) + cell(cells, "T2.R2", c) != cell(cells, "T2.R3_7", c) + cell(cells, "T2.R4", c)) {
                out.add("AR-T2-BAL T2.R1." + COLUMNS[c]);
            }
        }
        return out;
    }

    private static long cell(Map<String, List<String>> cells, String row, int column) {
        return Long.parseLong(cells.get(row).get(column));
    }

    private static int tot(Map<String, List<String>> cells, String row) {
        return (int) cell(cells, row, 6);
    }

    private static int last(Map<String, List<String>> cells, String row) {
        List<String> r = cells.get(row);
        return Integer.parseInt(r.get(r.size() - 1));
    }
}
