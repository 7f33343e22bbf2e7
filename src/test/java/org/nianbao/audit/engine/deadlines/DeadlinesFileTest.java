package org.nianbao.audit.engine.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.facts.LocalDeadline;

class DeadlinesFileTest {

    @Test
    void should_configure_nothing_when_the_rules_folder_has_no_deadlines_file() {
        // GIVEN a rules folder without deadlines.properties
        Map<String, String> files = Map.of("grading.properties", "score.max=100\n");
        // WHEN
        DeadlinesFile.Result result = DeadlinesFile.read(files);
        // THEN no deadline applies to any township and nothing is wrong
        assertThat(result.problems()).isEmpty();
        assertThat(result.deadlines().all()).isEmpty();
        assertThat(result.deadlines().applicableTo("TOWNSHIP", "柳湾镇人民政府")).isEmpty();
    }

    @Test
    void should_treat_an_empty_value_as_not_configured() {
        // GIVEN the shipped default for every township: an empty value
        DeadlinesFile.Result result = DeadlinesFile.parse("# 注释\ntownship.deadline=\n");
        // WHEN / THEN
        assertThat(result.problems()).isEmpty();
        assertThat(result.deadlines().applicableTo("TOWNSHIP", "柳湾镇人民政府")).isEmpty();
    }

    @Test
    void should_prefer_the_most_specific_place_named_in_the_agency_then_the_deadline_for_every_place() {
        // GIVEN a deadline for every township, one for a city and one for a district of it
        LocalDeadlines deadlines = DeadlinesFile.parse("township.deadline=3-31\n"
                + "township.deadline.怀化市=02-20\ntownship.deadline.怀化市鹤城区=02-10\n").deadlines();
        // WHEN / THEN
        assertThat(deadlines.applicableTo("TOWNSHIP", "怀化市鹤城区城北街道办事处")).get()
                .extracting(LocalDeadline::getKey, LocalDeadline::getMonth, LocalDeadline::getDay)
                .containsExactly("township.deadline.怀化市鹤城区", 2, 10);
        assertThat(deadlines.applicableTo("TOWNSHIP", "怀化市中方县桐木镇人民政府")).get()
                .extracting(LocalDeadline::getRegion, LocalDeadline::getDay).containsExactly("怀化市", 20);
        assertThat(deadlines.applicableTo("TOWNSHIP", "青山市柳湾镇人民政府")).get()
                .extracting(LocalDeadline::getRegion, LocalDeadline::getMonth).containsExactly(null, 3);
        assertThat(deadlines.applicableTo("TOWNSHIP", null)).get().extracting(LocalDeadline::getKey).isEqualTo("township.deadline");
    }

    @Test
    void should_apply_township_deadlines_to_townships_only() {
        // GIVEN
        LocalDeadlines deadlines = DeadlinesFile.parse("township.deadline=02-20\n").deadlines();
        // WHEN / THEN departments and governments keep the national deadlines of the DRL
        assertThat(deadlines.applicableTo("DEPARTMENT", "怀化市科学技术局")).isEmpty();
        assertThat(deadlines.applicableTo("PEOPLES_GOVERNMENT", "怀化市人民政府")).isEmpty();
    }

    @Test
    void should_refuse_unknown_keys_missing_places_and_impossible_dates_with_their_lines() {
        // GIVEN one mistake per line
        String text = "towship.deadline=02-20\n"
                + "township.deadline.=02-20\n"
                + "township.deadline.甲市=2月20日\n"
                + "township.deadline.乙市=02-29\n"
                + "township.deadline.丙市=13-01\n"
                + "township.deadline.丁市=04-31\n";
        // WHEN
        DeadlinesFile.Result result = DeadlinesFile.parse(text);
        // THEN every problem is reported at its line, and nothing is configured
        assertThat(result.problems()).extracting(RuleDiagnostic::file).containsOnly("deadlines.properties");
        assertThat(result.problems()).extracting(RuleDiagnostic::line).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(result.problems()).extracting(RuleDiagnostic::message).contains(
                "未知的键 towship.deadline（可用的键：township.deadline，或 township.deadline.<地区名>）",
                "键 township.deadline. 缺少地区名：写作 township.deadline.<地区名>，如 township.deadline.怀化市",
                "键 township.deadline.甲市 的值“2月20日”不是“月-日”形式的日期（如 02-20 表示次年2月20日）",
                "键 township.deadline.乙市 的值不能是 02-29：平年没有这一天，请写 02-28 或 03-01",
                "键 township.deadline.丙市 的值“13-01”不是“月-日”形式的日期（如 02-20 表示次年2月20日）",
                "键 township.deadline.丁市 的值“04-31”不是“月-日”形式的日期（如 02-20 表示次年2月20日）");
        assertThat(result.deadlines().all()).isEmpty();
    }

    @Test
    void should_refuse_a_key_written_twice_at_its_second_line() {
        // GIVEN a deadline configured, then switched off again further down
        DeadlinesFile.Result result = DeadlinesFile.parse("township.deadline=02-20\n# ...\ntownship.deadline=\n");
        // WHEN / THEN
        assertThat(result.problems()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("township.deadline", "重复", "第 1 行");
        });
    }
}
