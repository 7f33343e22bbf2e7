package org.nianbao.audit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.Grader;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.finding.Finding;

/**
 * The real crawler texts of fixtures/corpus/txt (bodies on one line, tables flattened), against the facts
 * verified by hand in the corpus INDEX: every report graded, its six sections and three tables found, its
 * metadata and 表二 总计 column read as verified, every cell the document states unambiguously read exactly
 * (fixtures/corpus/expected/&lt;name&gt;.properties), and no finding of the report's own that calls a table,
 * section or row missing unless the document really lacks it.
 */
class CorpusTextsTest {
    private static final Path TEXTS = Path.of("fixtures", "corpus", "txt");
    private static final Path EXPECTED = Path.of("fixtures", "corpus", "expected");
    /** Findings that call something missing. */
    private static final Set<String> MISSING_RULES = Set.of("TBL-PRESENT", "SEC-PRESENT", "TBL-ROWS", "FEE-ROW-MISSING");

    /**
     * Verified facts of INDEX.md. {@code t2}: 表二 总计 of 本年新收 / 上年结转 / （七）总计 / 结转下年度, null where the
     * row is printed as a run of digits that only the table's arithmetic can split. {@code missing}: the
     * omissions the document really has, as "rule:row".
     */
    private record Fact(String file, String agency, int year, String published, TemplateVersion template,
                        Integer[] t2, Set<String> missing) {
    }

    private static final List<Fact> FACTS = List.of(
            new Fact("pingtan-caizheng-jinrong-ju-2020", "平潭综合实验区财政金融局", 2020, "2021-01-28", TemplateVersion.V2019,
                    totals(0, 0, 0, 0), Set.of()),
            new Fact("pingtan-caizheng-jinrong-ju-2024", "平潭综合实验区财政金融局", 2024, "2025-01-23", TemplateVersion.V2021,
                    totals(2, 0, 2, 0), Set.of()),
            new Fact("pingtan-gongan-ju-2024", "平潭综合实验区公安局", 2024, "2025-01-20", TemplateVersion.V2021,
                    totals(8, 0, 8, 0), Set.of()),
            new Fact("pingtan-guanweihui-bangongshi-2020", "平潭综合实验区管委会办公室", 2020, "2021-01-29", TemplateVersion.V2019,
                    totals(0, 0, 0, 0), Set.of()),
            new Fact("pingtan-guoyou-zichan-guanli-ju-2021", "平潭综合实验区国有资产管理局", 2021, "2022-01-13", TemplateVersion.V2021,
                    totals(0, 0, 0, 0), Set.of()),
            new Fact("pingtan-jiaotong-jianshe-ju-2023", "平潭综合实验区交通与建设局", 2023, "2024-01-30", TemplateVersion.V2021,
                    totals(14, 0, 14, 0), Set.of()),
            // table 3's header run glued to a sentence on the crawled line; 本年新收 3 never closed (the agency's error)
            new Fact("pingtan-jingji-fazhan-ju-2023", "平潭综合实验区经济发展局", 2023, "2024-01-30", TemplateVersion.V2021,
                    totals(3, 0, 0, 0), Set.of()),
            // 本年新收 4 and results summing to 4 beside a （七）总计 of 0; 行政复议 总计 0 beside 1 corrected
            new Fact("pingtan-jingji-fazhan-ju-2025", "平潭综合实验区经济发展局", 2025, "2026-01-30", TemplateVersion.V2021,
                    totals(4, 0, 0, 0), Set.of()),
            new Fact("pingtan-gongan-ju-2022", "平潭综合实验区公安局", 2022, "2023-01-09", TemplateVersion.V2021,
                    totals(1, 1, 2, 0), Set.of()),
            new Fact("pingtan-nongye-nongcun-ju-2019", "平潭综合实验区农业农村局", 2019, "2020-01-03", TemplateVersion.V2019,
                    totals(0, 0, 0, 0), Set.of()),
            // table 1 in the 2019 layout: its 其他对外管理服务事项 and 政府集中采购 rows are not printed at all
            new Fact("pingtan-shehui-shiye-ju-2021", "平潭综合实验区社会事业局", 2021, "2022-01-14", TemplateVersion.V2019,
                    totals(0, 0, 0, 0), Set.of("TBL-ROWS:other_service", "TBL-ROWS:procurement")),
            new Fact("pingtan-shichang-jianguan-ju-2021", "平潭综合实验区市场监督管理局", 2021, "2022-01-07", TemplateVersion.V2021,
                    totals(5, 0, 5, 0), Set.of()),
            new Fact("pingtan-shichang-jianguan-ju-2024", "平潭综合实验区市场监督管理局", 2024, "2025-01-27", TemplateVersion.V2021,
                    totals(4, 0, 4, 0), Set.of("TBL-ROWS:reg")),
            new Fact("pingtan-touzi-cujin-ju-2025", "平潭综合实验区投资促进局", 2025, "2026-04-17", TemplateVersion.V2021,
                    totals(0, 0, 0, 0), Set.of()),
            new Fact("pingtan-xingzheng-shenpi-ju-2024", "平潭综合实验区行政审批局", 2024, "2025-01-24", TemplateVersion.V2021,
                    totals(28, 0, 28, 0), Set.of()),
            new Fact("pingtan-xingzheng-shenpi-ju-2025", "平潭综合实验区行政审批局", 2025, "2026-01-30", TemplateVersion.V2021,
                    totals(6, 0, 6, 0), Set.of("TBL-ROWS:reg")),
            new Fact("pingtan-ziran-ziyuan-shengtai-huanjing-ju-2023", "平潭综合实验区自然资源与生态环境局", 2023, "2024-01-05",
                    TemplateVersion.V2021, totals(19, 0, 19, 0), Set.of()),
            new Fact("pingtan-zonghe-zhifa-yingji-ju-2020", "平潭综合实验区综合执法与应急管理局", 2020, "2021-01-28",
                    TemplateVersion.V2019, totals(0, 0, 0, 0), Set.of()));

    private static final ReportParser PARSER = ProjectFormats.parser();

    private static Integer[] totals(Integer received, Integer carried, Integer closed, Integer carriedOn) {
        return new Integer[] {received, carried, closed, carriedOn};
    }

    @Test
    void should_hold_the_facts_of_every_corpus_text() throws IOException {
        // GIVEN the texts copied into fixtures
        try (Stream<Path> files = Files.list(TEXTS)) {
            Set<String> names = files.map(p -> p.getFileName().toString().replace(".txt", "")).collect(Collectors.toSet());
            // THEN each has its verified facts and its expected cells
            assertThat(names).containsExactlyInAnyOrderElementsOf(FACTS.stream().map(Fact::file).toList());
            assertThat(names).allSatisfy(n -> assertThat(EXPECTED.resolve(n + ".properties")).exists());
        }
    }

    @TestFactory
    Stream<DynamicTest> should_grade_every_crawler_text_with_its_sections_tables_and_verified_values() {
        RuleBook book = SharedRuleBook.get();
        AuditEngine engine = new AuditEngine(book);
        Grader grader = new Grader(GradingPolicy.load(book.source()));
        return FACTS.stream().map(fact -> DynamicTest.dynamicTest(fact.file(), () -> {
            // WHEN the crawler text is read, parsed and audited
            Path file = TEXTS.resolve(fact.file() + ".txt");
            AnnualReport report = PARSER.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, file.toString()));
            EngineResult result = engine.evaluate(report);
            List<Finding> findings = result.findings();
            Audit audit = grader.grade(report, result);
            // THEN it is graded, with the metadata of the page
            assertThat(audit.getStatus().id()).as(fact.file()).isEqualTo("graded");
            assertThat(report.getMetadata().getAgency()).isEqualTo(fact.agency());
            assertThat(report.getMetadata().getYear()).isEqualTo(fact.year());
            assertThat(report.getMetadata().getPublished()).isEqualTo(LocalDate.parse(fact.published()));
            assertThat(report.getTemplate()).isEqualTo(fact.template());
            // and the six sections and three tables are found
            assertThat(report.getSections()).extracting(Section::getNumber).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(report.getTables()).extracting(StatTable::getKind).containsExactly(TableKind.T1, TableKind.T2, TableKind.T3);
            // and 表二's 总计 column reads as verified wherever the document states it
            String[] rows = {"R1", "R2", "R3_7", "R4"};
            for (int k = 0; k < rows.length; k++) {
                String total = total(report, rows[k]);
                if (fact.t2()[k] != null) {
                    assertThat(total).as(rows[k]).isEqualTo(String.valueOf(fact.t2()[k]));
                } else {
                    assertThat(total).as(rows[k] + " is a run of digits left to the arithmetic").isNull();
                }
            }
            // and every cell the document makes certain is read exactly (printed, or reconstructed from glued digits)
            Properties expectations = expectedFile(fact.file());
            TreeMap<String, String> expected = expectedCells(expectations);
            assertThat(expected).isNotEmpty();
            assertThat(cells(report, expected.keySet())).isEqualTo(expected);
            // and a row the document leaves uncertain is never read: the engine says it could not
            for (String key : list(expectations, "uncertain")) {
                assertThat(cells(report, Set.of(key))).as(key + " is uncertain").allSatisfy((k, v) -> assertThat(v).isEmpty());
            }
            // and every verified defect in the tables is found, with the report as its origin
            for (String defect : list(expectations, "defects")) {
                String[] d = defect.split(" ");
                String[] place = d[1].split("\\.");
                // a finding on several rows of one table (TBL-CELLS) names them in its message instead
                String label = rowLabel(report, place[0], place[1]);
                assertThat(findings).as(defect).anyMatch(f -> f.getRule().equals(d[0]) && place[0].equals(f.getTable())
                        && (place[1].equals(f.getRow()) || (f.getRow() == null && f.getMessage().contains("「" + label + "」")))
                        && (place.length < 3 || place[2].equals(f.getColumn())) && f.getOrigin() == Origin.REPORT);
            }
            // and no finding the document's own words rule out ("absent": rules a real report once drew wrongly)
            for (String rule : list(expectations, "absent")) {
                assertThat(findings).as(rule + " must not be reported").noneMatch(f -> f.getRule().equals(rule));
            }
            // and only what the document really lacks is called missing, as the report's own finding
            Set<String> missing = findings.stream().filter(f -> MISSING_RULES.contains(f.getRule()))
                    .map(f -> f.getRule() + ":" + f.getRow()).collect(Collectors.toSet());
            assertThat(missing).isEqualTo(fact.missing());
            assertThat(findings).filteredOn(f -> MISSING_RULES.contains(f.getRule()))
                    .allSatisfy(f -> assertThat(f.getOrigin()).isEqualTo(Origin.REPORT));
        }));
    }

    private static String rowLabel(AnnualReport report, String table, String rowKey) {
        return ProjectFormats.template().rows(report.getTemplate(), TableKind.valueOf(table)).stream()
                .filter(r -> r.key().equals(rowKey)).map(r -> r.label()).findFirst().orElse(rowKey);
    }

    private static String total(AnnualReport report, String row) {
        return report.getTables().stream().filter(t -> t.getKind() == TableKind.T2).findFirst()
                .flatMap(t -> t.getRows().stream().filter(r -> r.getKey().equals(row)).findFirst())
                .filter(r -> r.getCellCount() == r.getExpectedCells())
                .flatMap(r -> r.getCells().stream().filter(c -> c.getColumnKey().equals("TOT")).findFirst())
                .map(Cell::getRaw).orElse(null);
    }

    private static TreeMap<String, String> cells(AnnualReport report, Set<String> keys) {
        TreeMap<String, String> out = new TreeMap<>();
        for (StatTable t : report.getTables()) {
            for (TableRow row : t.getRows()) {
                String key = t.getKind() + "." + row.getKey();
                if (keys.contains(key)) {
                    StringJoiner j = new StringJoiner("|");
                    row.getCells().forEach(c -> j.add(c.getRaw()));
                    out.put(key, j.toString());
                }
            }
        }
        return out;
    }

    private static Properties expectedFile(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(EXPECTED.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The cells of the file: keys T1.… T2.… T3.…; uncertain, unread, defects and absent are notes about them. */
    private static TreeMap<String, String> expectedCells(Properties p) {
        TreeMap<String, String> out = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("T")).forEach(k -> out.put(k, p.getProperty(k).strip()));
        return out;
    }

    /** A note's entries: "T1.norm, T1.license" or "AR-T2-ROWTOT T2.R3_2; AR-T2-BAL T2.R1.BE". */
    private static List<String> list(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(value.contains(";") ? ";" : ",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
    }
}
