package org.nianbao.audit.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.model.template.ValueKind;

class TemplateFilesTest {
    private static Map<String, String> projectFiles() {
        return new HashMap<>(RulesSource.of(Path.of("rules")).files());
    }

    @Test
    void should_read_both_formats_tables_and_the_six_parts_from_the_project_rules() {
        // WHEN
        TemplateCatalog t = TemplateFiles.load(RulesSource.of(Path.of("rules")));
        // THEN
        assertThat(t.rows(TemplateVersion.V2021, TableKind.T1)).extracting(RowSpec::key)
                .containsExactly("reg", "norm", "license", "penalty", "coercion", "fee");
        assertThat(t.rows(TemplateVersion.V2021, TableKind.T2)).hasSize(25).last().extracting(RowSpec::key).isEqualTo("R4");
        assertThat(t.rows(TemplateVersion.V2019, TableKind.T2)).hasSize(23).extracting(RowSpec::key).contains("R3_6")
                .doesNotContain("R3_6_1");
        assertThat(t.rows(TemplateVersion.V2019, TableKind.T1)).extracting(RowSpec::key).contains("procurement");
        assertThat(t.rows(TemplateVersion.V2019, TableKind.T1).get(6).columns()).extracting(c -> c.valueKind())
                .containsExactly(ValueKind.COUNT, ValueKind.SIGNED_COUNT);
        assertThat(t.applicantColumns()).extracting(c -> c.key()).containsExactly("NP", "BE", "RI", "SW", "LS", "OT", "TOT");
        assertThat(t.rows(TemplateVersion.V2021, TableKind.T1).get(0).variants()).containsExactly("规    章");
        assertThat(t.sections()).hasSize(6).first().satisfies(s -> assertThat(s.title()).isEqualTo("总体情况"));
        assertThat(t.markers(TemplateVersion.V2019)).contains("本年新制作数量");
    }

    @Test
    void should_point_every_problem_at_its_file_and_line() {
        // GIVEN a rules folder whose template files carry one mistake each
        Map<String, String> files = projectFiles();
        files.put(TemplateFiles.COLUMNS, files.get(TemplateFiles.COLUMNS).replace("自然人\tcount", "自然人\tcounts"));
        files.put(TemplateFiles.ROWS, files.get(TemplateFiles.ROWS)
                .replace("行政许可\t第二十条第（五）项\tdecisions-2021", "行政许可\t第二十条第（五）项\tdecision-2021")
                + "2021\tT2\tR4\t四、结转下年度继续办理\t\tapplicants\t\n2021\tT2\n");
        files.put(TemplateFiles.MARKERS, files.get(TemplateFiles.MARKERS) + "2020\t某标签\n");
        files.put(TemplateFiles.SECTIONS, files.get(TemplateFiles.SECTIONS).replace("6\t其他需要报告的事项", "7\t其他需要报告的事项"));
        // WHEN
        TemplateFiles.Result r = TemplateFiles.read(files);
        // THEN
        assertThat(r.catalog()).isNull();
        assertThat(r.problems()).extracting(RuleDiagnostic::file, d -> d.line() > 0)
                .contains(tuple(TemplateFiles.COLUMNS, true), tuple(TemplateFiles.ROWS, true),
                        tuple(TemplateFiles.MARKERS, true), tuple(TemplateFiles.SECTIONS, true));
        assertThat(r.problems()).extracting(RuleDiagnostic::message).anyMatch(m -> m.contains("取值种类“counts”"))
                .anyMatch(m -> m.contains("列组“decision-2021”")).anyMatch(m -> m.contains("行键“R4”重复"))
                .anyMatch(m -> m.contains("应有 7 列")).anyMatch(m -> m.contains("格式“2020”"))
                .anyMatch(m -> m.contains("部分序号应为 1 到 6")).anyMatch(m -> m.contains("缺少第 6 部分"));
    }

    @Test
    void should_refuse_a_file_saved_in_another_encoding_and_a_missing_file() {
        // GIVEN rows.tsv with a replacement character (saved as GBK, read as UTF-8) and no markers.tsv
        Map<String, String> files = projectFiles();
        files.put(TemplateFiles.ROWS, files.get(TemplateFiles.ROWS).replace("规范性文件|", "规范\ufffd文件|"));
        files.remove(TemplateFiles.MARKERS);
        // WHEN
        TemplateFiles.Result r = TemplateFiles.read(files);
        // THEN
        assertThat(r.catalog()).isNull();
        assertThat(r.problems()).extracting(RuleDiagnostic::file).contains(TemplateFiles.MARKERS);
        assertThat(r.problems()).anyMatch(d -> d.file().equals(TemplateFiles.ROWS) && d.line() > 0
                && d.message().contains("UTF-8"));
    }

    @Test
    void should_read_a_folder_without_template_files_with_the_bundled_template() {
        // GIVEN a rule author's folder holding only DRL
        Map<String, String> files = Map.of("area/x.drl", "package rules.x;");
        // WHEN
        TemplateFiles.Result r = TemplateFiles.read(files);
        // THEN
        assertThat(r.problems()).isEmpty();
        assertThat(r.catalog().rows(TemplateVersion.V2021, TableKind.T3)).hasSize(3);
    }
}
