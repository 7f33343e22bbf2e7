package org.nianbao.audit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.model.AgencyKind;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ReportMetadata;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Report models built directly in Java (no parser): a family of varied reports for running rules over
 * many reports, and helpers to copy test rule folders from src/test/resources into a temp folder.
 */
public final class ReportFixtures {
    private static final String[] SECTION_TITLES = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
    private static final String[] APPLICANTS = {"NP", "BE", "RI", "SW", "LS", "OT"};

    private ReportFixtures() {
    }

    /** Report number {@code i}: agency, year, one broken total every fifth report, extra lines as given. */
    public static AnnualReport report(int i, String agency, boolean brokenTotal, String... extraLines) {
        int year = 2019 + i % 6;
        List<TextLine> lines = new ArrayList<>();
        String title = (agency == null ? "" : agency) + year + "年政府信息公开工作年度报告";
        lines.add(line(1, title, 0));
        for (String extra : extraLines) {
            lines.add(line(lines.size() + 1, extra, 0));
        }
        List<Section> sections = new ArrayList<>();
        for (int s = 1; s <= 6; s++) {
            int headingLine = lines.size() + 1;
            String heading = NUMERALS[s - 1] + "、" + SECTION_TITLES[s - 1];
            lines.add(line(headingLine, heading, s));
            String body = "本机关" + year + "年认真做好" + SECTION_TITLES[s - 1] + "相关工作。";
            lines.add(line(headingLine + 1, body, s));
            sections.add(new Section(s, s, heading, SECTION_TITLES[s - 1], NumberingStyle.CHINESE, headingLine,
                    headingLine + 1, body, Normalizer.compact(body), List.of()));
        }
        int tableLine = lines.size() + 1;
        List<TableRow> rows = List.of(
                applicantRow("R1", "一、本年新收政府信息公开申请数量", tableLine, i, brokenTotal),
                applicantRow("R2", "二、上年结转政府信息公开申请数量", tableLine + 1, i + 1, false),
                applicantRow("R3_7", "（七）总计", tableLine + 2, i + 2, false));
        for (TableRow r : rows) {
            lines.add(line(r.getLine(), r.getLabel() + " " + r.getCells().stream().map(Cell::getRaw).reduce((a, b) -> a + " " + b).orElse(""), 3));
        }
        TemplateVersion template = ProjectFormats.get().requiredFor(year);
        StatTable t2 = new StatTable(TableKind.T2, template, tableLine, tableLine + 2, rows, List.of());
        ReportMetadata meta = new ReportMetadata(title, 1, agency, year, LocalDate.of(year + 1, 1, 15 + i % 10), 1,
                null, AgencyKind.DEPARTMENT, List.of(), null);
        return new AnnualReport("fixture-" + i + ".txt", "UTF-8", meta, template, template, null, sections, List.of(t2),
                List.of(), lines, List.of());
    }

    /** {@code n} varied reports: every seventh without agency, every fifth with a broken total, every tenth with spam. */
    public static List<AnnualReport> many(int n) {
        List<AnnualReport> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String agency = i % 7 == 0 ? null : "测试市第" + i + "局";
            String[] extra = i % 10 == 3 ? new String[] {"最新老虎机_即时比分网¥游戏手机版平台"} : new String[0];
            out.add(report(i, agency, i % 5 == 0, extra));
        }
        return out;
    }

    public static AnnualReport withProblem(AnnualReport base, ParseProblem problem) {
        List<ParseProblem> problems = new ArrayList<>(base.getProblems());
        problems.add(problem);
        return new AnnualReport(base.getSource(), base.getCharset(), base.getMetadata(), base.getTemplate(),
                base.getRequiredTemplate(), base.getPreface(), base.getSections(), base.getTables(), base.getClaims(), base.getLines(), problems);
    }

    public static TextLine line(int number, String text, int section) {
        return new TextLine(number, text, Normalizer.compact(text), section);
    }

    /** Copies the test rules folder {@code resource} (under src/test/resources) into {@code target}. */
    public static Path copyRules(String resource, Path target) {
        try {
            Path from = Path.of(ReportFixtures.class.getClassLoader().getResource(resource).toURI());
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path to = target.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(p, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a test resource, e.g. "engine/broken/syntax.drl". */
    public static String resource(String name) {
        try {
            return Files.readString(Path.of(ReportFixtures.class.getClassLoader().getResource(name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TableRow applicantRow(String key, String label, int line, int seed, boolean brokenTotal) {
        List<Cell> cells = new ArrayList<>();
        int sum = 0;
        for (int c = 0; c < APPLICANTS.length; c++) {
            int v = (seed + c) % 4;
            sum += v;
            cells.add(number(key, APPLICANTS[c], v, line));
        }
        cells.add(number(key, "TOT", brokenTotal ? sum + 1 : sum, line));
        return new TableRow(TableKind.T2, key, label, label, LabelMatch.EXACT, line, 7, cells);
    }

    private static Cell number(String row, String column, int value, int line) {
        return new Cell(TableKind.T2, row, column, CellKind.NUMBER, BigDecimal.valueOf(value), Integer.toString(value), line);
    }
}
