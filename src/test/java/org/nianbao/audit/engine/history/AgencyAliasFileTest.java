package org.nianbao.audit.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.history.AgencyNames;

class AgencyAliasFileTest {
    private static final String HEADER = "kind\tname\tcanonical\tnote\n";

    @Test
    void should_read_every_kind_of_line() {
        // GIVEN a file with a word, a drop, a renaming
        var r = AgencyAliasFile.read(Map.of(AgencyAliasFile.FILE, "# comment\n" + HEADER
                + "word\t科委\t科学技术委员会\t\n"
                + "drop\t（本级）\t\t\n"
                + "name\t某某市信息中心\t某某市大数据管理局\t机构改革更名\n"));
        // THEN no problem, and names use them
        assertThat(r.problems()).isEmpty();
        AgencyNames names = new AgencyNames(r.aliases());
        assertThat(names.key("上海市科委（本级）")).isEqualTo("上海市科学技术委员会");
        assertThat(names.key("某某市信息中心")).isEqualTo("某某市大数据管理局");
    }

    @Test
    void should_point_at_the_line_of_each_problem() {
        // GIVEN an unknown kind on line 3, an empty canonical on line 4, a duplicate on line 5, a no-op on line 6
        var r = AgencyAliasFile.read(Map.of(AgencyAliasFile.FILE, HEADER
                + "word\t科委\t科学技术委员会\t\n"
                + "alias\t科委\t科学技术委员会\t\n"
                + "word\t发改委\t\t\n"
                + "word\t科委\t科学委员会\t\n"
                + "word\t科学技术局\t科学技术局\t\n"));
        // THEN each is reported at its line
        assertThat(r.problems()).extracting(RuleDiagnostic::line).containsExactly(3, 4, 5, 6);
        assertThat(r.problems()).extracting(RuleDiagnostic::file).containsOnly("history/agency-aliases.tsv");
        assertThat(r.problems().get(0).message()).startsWith("种类“alias”无法识别");
        assertThat(r.problems().get(1).message()).isEqualTo("“canonical”列不能为空");
        assertThat(r.problems().get(2).message()).isEqualTo("“科委”重复（第 2 行已有）");
        assertThat(r.problems().get(3).message()).isEqualTo("“科学技术局”与规范名称相同，这一行不起作用");
    }

    @Test
    void should_report_a_wrong_header_and_fall_back_to_the_jar_copy_when_absent() {
        var bad = AgencyAliasFile.read(Map.of(AgencyAliasFile.FILE, "name\tcanonical\n"));
        assertThat(bad.problems()).hasSize(1);
        assertThat(bad.problems().get(0).line()).isEqualTo(1);
        var absent = AgencyAliasFile.read(Map.of());
        assertThat(absent.problems()).isEmpty();
        assertThat(new AgencyNames(absent.aliases()).key("上海市科委")).isEqualTo("上海市科学技术委员会");
    }
}
