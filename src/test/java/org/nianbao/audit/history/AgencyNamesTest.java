package org.nianbao.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.history.AgencyAliasFile;

class AgencyNamesTest {
    private final AgencyAliases shipped = AgencyAliasFile.load(RulesSource.bundled());
    private final AgencyNames names = new AgencyNames(shipped);
    private final AgencyMatcher matcher = new AgencyMatcher(shipped);

    @Test
    void should_give_one_key_to_the_spellings_the_alias_file_declares() {
        // GIVEN the shipped alias file; WHEN keys are made; THEN the declared spellings meet
        assertThat(names.key("上海市科委")).isEqualTo(names.key("上海市科学技术委员会")).isEqualTo("上海市科学技术委员会");
        assertThat(names.key("平潭综合区行政审批局")).isEqualTo(names.key("平潭综合实验区行政审批局"));
        assertThat(names.key("张家港市科技局")).isEqualTo(names.key("张家港市科学技术局"));
        assertThat(names.key("平潭综合实验区市场监管局")).isEqualTo(names.key("平潭综合实验区市场监督管理局"));
        assertThat(names.key("景德镇市科学技术局（本级）")).isEqualTo(names.key("景德镇市科学技术局"));
        assertThat(names.key("景德镇市 科学技术局(本级)")).isEqualTo("景德镇市科学技术局");
        assertThat(names.key("ＸＸ县科學技术局")).isEqualTo(names.key("xx县科学技术局"));
    }

    @Test
    void should_not_rewrite_a_full_form_again_or_give_a_key_to_no_name() {
        assertThat(names.key("上海市科学技术委员会办公室")).isEqualTo("上海市科学技术委员会办公室");
        assertThat(names.key(null)).isNull();
        assertThat(names.key("  ")).isNull();
        assertThat(names.key("（本级）")).isNull();
    }

    @Test
    void should_call_alike_names_possible_with_a_reason_never_the_same() {
        // GIVEN names that differ only by a place prefix, 实验区/区 (not in the file), one character
        AgencyMatcher.Verdict prefix = matcher.judge(names.key("淮安市洪泽区人民政府"), names.key("洪泽区人民政府"));
        AgencyMatcher.Verdict zone = matcher.judge(names.key("某某实验区人民政府"), names.key("某某区人民政府"));
        AgencyMatcher.Verdict typo = matcher.judge(names.key("红旗区科学技术局"), names.key("红旗区科学枝术局"));
        // THEN each is possible with its reason
        assertThat(prefix.match()).isEqualTo(AgencyMatch.POSSIBLE);
        assertThat(prefix.reason()).isEqualTo("一个名称多了上级地名“淮安市”");
        assertThat(zone.match()).isEqualTo(AgencyMatch.POSSIBLE);
        assertThat(zone.reason()).isEqualTo("名称只差“实验区”与“区”");
        assertThat(typo.match()).isEqualTo(AgencyMatch.POSSIBLE);
        assertThat(typo.reason()).isEqualTo("名称只差一个字");
    }

    @Test
    void should_take_the_higher_place_names_the_report_itself_prints_before_its_name() {
        // GIVEN 洪泽区's 2023 title without 淮安市, and its own text naming 淮安市洪泽区人民政府办公室
        String text = "本报告由淮安市洪泽区人民政府办公室根据《条例》编制。请与淮安市洪泽区人民政府办公室联系。";
        // THEN the name is qualified by what the report says; nothing else is taken for a place
        assertThat(AgencyNames.qualify("洪泽区人民政府", text)).isEqualTo("淮安市洪泽区人民政府");
        assertThat(AgencyNames.qualify("洪泽区人民政府", "江苏省淮安市洪泽区人民政府")).isEqualTo("江苏省淮安市洪泽区人民政府");
        assertThat(AgencyNames.qualify("洪泽区人民政府", "洪泽区人民政府坚持…")).isEqualTo("洪泽区人民政府");
        assertThat(AgencyNames.qualify("淮安市洪泽区人民政府", text)).isEqualTo("淮安市洪泽区人民政府");
        assertThat(AgencyNames.qualify("科学技术局", "景德镇市科学技术局")).isEqualTo("科学技术局");
        assertThat(AgencyNames.qualify(null, text)).isNull();
    }

    @Test
    void should_keep_different_agencies_apart() {
        assertThat(matcher.judge(names.key("景德镇市科学技术局"), names.key("张家港市科学技术局")).match())
                .isEqualTo(AgencyMatch.DIFFERENT);
        // a bare department name must not match every city's department
        assertThat(matcher.judge(names.key("景德镇市科学技术局"), names.key("科学技术局")).match())
                .isEqualTo(AgencyMatch.DIFFERENT);
        assertThat(matcher.judge(names.key("金乡县科学技术局"), names.key("金乡县财政局")).match())
                .isEqualTo(AgencyMatch.DIFFERENT);
        assertThat(matcher.judge(null, "x").match()).isEqualTo(AgencyMatch.DIFFERENT);
    }

    @Test
    void should_let_an_office_declare_two_alike_names_distinct() {
        AgencyAliases a = new AgencyAliases.Builder().distinct("鼓楼区人民政府", "古楼区人民政府").build();
        AgencyMatcher m = new AgencyMatcher(a);
        assertThat(m.judge("鼓楼区人民政府", "古楼区人民政府").match()).isEqualTo(AgencyMatch.DIFFERENT);
        assertThat(new AgencyMatcher(AgencyAliases.none()).judge("鼓楼区人民政府", "古楼区人民政府").match())
                .isEqualTo(AgencyMatch.POSSIBLE);
    }

    @Test
    void should_give_alike_names_one_loose_key_for_the_store_lookup() {
        assertThat(AgencyMatcher.looseKey("淮安市洪泽区人民政府")).isEqualTo("洪泽区人民政府");
        assertThat(AgencyMatcher.looseKey("江苏省淮安市洪泽区人民政府")).isEqualTo("洪泽区人民政府");
        assertThat(AgencyMatcher.looseKey("平潭综合实验区行政审批局")).isEqualTo("平潭综合区行政审批局");
        assertThat(AgencyMatcher.looseKey("景德镇市科学技术局")).isEqualTo("景德镇市科学技术局");
        assertThat(AgencyMatcher.looseKey("上海市浦东新区市场监督管理局")).isEqualTo("浦东新区市场监督管理局");
    }
}
