package org.nianbao.audit.engine.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.model.TemplateVersion;

class FormatsFileTest {
    private static final String SHOWN = "rules/formats.properties";

    @Test
    void should_read_the_shipped_file_as_the_documented_years() {
        // WHEN
        TemplateSchedule s = ProjectFormats.get();
        // THEN reports from 2019 are in scope; 2019–2020 use 〔2019〕60号, 2021 on 〔2021〕30号
        assertThat(s.firstYear()).isEqualTo(2019);
        assertThat(s.startYears()).containsExactlyInAnyOrderEntriesOf(
                Map.of(TemplateVersion.V2019, 2019, TemplateVersion.V2021, 2021));
        assertThat(s.outOfScope(2018)).isTrue();
        assertThat(s.outOfScope(2019)).isFalse();
        assertThat(s.requiredFor(2018)).isNull();
        assertThat(s.requiredFor(2019)).isEqualTo(TemplateVersion.V2019);
        assertThat(s.requiredFor(2020)).isEqualTo(TemplateVersion.V2019);
        assertThat(s.requiredFor(2021)).isEqualTo(TemplateVersion.V2021);
        assertThat(s.requiredFor(2030)).isEqualTo(TemplateVersion.V2021);
        assertThat(s.requiredFor(null)).isNull();
    }

    @Test
    void should_follow_edited_years() {
        // GIVEN the 2021 format required only from 2022, scope from 2020
        String text = "scope.from = 2020\ntemplate.2019.from=2019\ntemplate.2021.from: 2022\n";
        // WHEN
        TemplateSchedule s = FormatsFile.parse(SHOWN, text);
        // THEN
        assertThat(s.outOfScope(2019)).isTrue();
        assertThat(s.requiredFor(2019)).isNull();
        assertThat(s.requiredFor(2021)).isEqualTo(TemplateVersion.V2019);
        assertThat(s.requiredFor(2022)).isEqualTo(TemplateVersion.V2021);
    }

    @Test
    void should_name_the_file_line_and_key_of_a_value_that_is_not_a_year() {
        // GIVEN
        String text = "# 注释\nscope.from=2019\ntemplate.2019.from=二〇一九\ntemplate.2021.from=20211\n";
        // WHEN
        FormatsFileException e = catchThrowableOfType(FormatsFileException.class, () -> FormatsFile.parse(SHOWN, text));
        // THEN both problems, each at its own line
        assertThat(e.getMessage()).contains(SHOWN).contains("2 个问题");
        assertThat(e.diagnostics()).extracting(RuleDiagnostic::file, RuleDiagnostic::line)
                .containsExactly(Tuple.tuple("formats.properties", 3),
                        Tuple.tuple("formats.properties", 4));
        assertThat(e.diagnostics().get(0).message()).isEqualTo("键 template.2019.from 的值“二〇一九”不是四位数年份");
        assertThat(e.diagnostics().get(1).format("rules/"))
                .isEqualTo("rules/formats.properties:4:0: 键 template.2021.from 的值“20211”不是四位数年份");
    }

    @Test
    void should_refuse_a_missing_key_an_unknown_key_and_a_shared_start_year() {
        // GIVEN a typo in a key, so template.2021.from is missing, and two formats from the same year
        String text = "scope.from=2019\ntemplate.2019.from=2019\ntemplate.2012.from=2021\n";
        String shared = "scope.from=2019\ntemplate.2019.from=2021\ntemplate.2021.from=2021\n";
        // WHEN
        FormatsFileException typo = catchThrowableOfType(FormatsFileException.class, () -> FormatsFile.parse(SHOWN, text));
        FormatsFileException same = catchThrowableOfType(FormatsFileException.class, () -> FormatsFile.parse(SHOWN, shared));
        // THEN
        assertThat(typo.diagnostics()).extracting(RuleDiagnostic::line, RuleDiagnostic::message).containsExactly(
                Tuple.tuple(3,
                        "未知的键 template.2012.from（可用的键：scope.from、template.2019.from、template.2021.from）"),
                Tuple.tuple(0, "缺少键 template.2021.from"));
        assertThat(same.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("template.2021.from").contains("template.2019.from").contains("2021 年");
        });
    }

    @Test
    void should_refuse_a_scope_that_starts_before_every_format() {
        // WHEN
        FormatsFileException e = catchThrowableOfType(FormatsFileException.class, () -> FormatsFile.parse(SHOWN,
                "template.2019.from=2019\ntemplate.2021.from=2021\nscope.from=2018\n"));
        // THEN
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("scope.from").contains("2018").contains("2019");
        });
    }

    @Test
    void should_refuse_a_rules_folder_without_the_file() {
        // GIVEN
        RulesSource source = RulesSource.inMemory("tmp/", Map.of("a.drl", ""));
        // WHEN
        FormatsFileException e = catchThrowableOfType(FormatsFileException.class, () -> FormatsFile.load(source));
        // THEN
        assertThat(e.getMessage()).contains("tmp/formats.properties");
        assertThat(e.diagnostics()).singleElement().satisfies(d -> assertThat(d.format("tmp/"))
                .startsWith("tmp/formats.properties:0:0: 缺少格式规则文件 formats.properties"));
    }

    @Test
    void should_refuse_a_key_written_twice_at_its_second_line() {
        // GIVEN scope.from twice
        String text = "scope.from=2019\ntemplate.2019.from=2019\ntemplate.2021.from=2021\nscope.from=2021\n";
        // WHEN
        FormatsFileException e = catchThrowableOfType(() -> FormatsFile.parse(SHOWN, text), FormatsFileException.class);
        // THEN
        assertThat(e.diagnostics()).extracting(RuleDiagnostic::line).contains(4);
        assertThat(e.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("scope.from", "重复"));
    }
}
