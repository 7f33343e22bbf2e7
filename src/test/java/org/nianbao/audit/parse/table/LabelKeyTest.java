package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1、属于国家秘密|1.属于国家秘密",
            "1．属于国家秘密|1.属于国家秘密",
            "1. 属于国家秘密|1.属于国家秘密",
            "一 、本年新收政府信息公开申请数量|一、本年新收政府信息公开申请数量",
            "（一） 予以公开|(一)予以公开",
            "规\u00a0\u00a0\u00a0 章|规章",
            "二、主动公开政府信息情况。|二、主动公开政府信息情况",
            "本年收费金额（单位：万元）：|本年收费金额(单位:万元)",
            "3.危及“三安全一稳定”|3.危及三安全一稳定",
            "12.属于|12.属于"})
    void should_unify_printed_label_forms(String printed, String key) {
        // GIVEN a printed label WHEN normalised THEN the matching key of spec §h
        assertThat(LabelKey.of(printed)).isEqualTo(key);
    }
}
