package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.ProblemCode;

class TextLayerCheckTest {
    private static final String REPORT = "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制，统计期限自2024年1月1日起至12月31日止。";

    @Test
    void should_accept_chinese_text() {
        // GIVEN a page of ordinary report text
        TextLayerCheck check = new TextLayerCheck();
        check.page(REPORT.length(), 0, REPORT, 0);
        // WHEN / THEN
        assertThat(check.problem()).isNull();
    }

    @Test
    void should_call_private_use_characters_garbled() {
        // GIVEN what a font with its own private code points yields: mostly U+E000… characters
        String garbage = "\uE001\uE0A2\uE113\uE2F0\uE3C1".repeat(12) + "2024";
        TextLayerCheck check = new TextLayerCheck();
        check.page(garbage.length(), 0, garbage, 0);
        // WHEN / THEN
        assertThat(check.problem().getCode()).isEqualTo(ProblemCode.GARBLED_TEXT);
        assertThat(check.problem().getDetail()).contains("提取出的 64 个字符中有 60 个是私用区、替换或控制字符");
    }

    @Test
    void should_call_text_without_han_characters_garbled() {
        // GIVEN Latin-1 look-alikes where a Chinese report's characters should be
        String garbage = "ÃÄ¸æÓÉ»´°²ÊÐºéÔóÇøÈËÃñÕþ¸®°ì¹«ÊÒ¸ù¾Ý¡¶ÖÐ»ªÈËÃñ¹²ºÍ¹úÕþ¸®ÐÅÏ¢¹«¿ªÌõÀý¡·";
        TextLayerCheck check = new TextLayerCheck();
        check.page(garbage.length(), 0, garbage, 0);
        // WHEN / THEN
        assertThat(check.problem().getCode()).isEqualTo(ProblemCode.GARBLED_TEXT);
        assertThat(check.problem().getDetail()).contains("几乎没有汉字（0 个）");
    }

    @Test
    void should_call_glyphs_without_characters_garbled() {
        // GIVEN 400 glyphs drawn, 300 of them with no Unicode value
        TextLayerCheck check = new TextLayerCheck();
        check.page(400, 300, REPORT, 0);
        // WHEN / THEN
        assertThat(check.problem().getDetail()).contains("400 个字形中有 300 个没有对应的字符");
    }

    @Test
    void should_tell_a_scan_from_an_empty_pdf() {
        // GIVEN one document of image pages and one of blank pages
        TextLayerCheck scan = new TextLayerCheck();
        scan.page(0, 0, "", 0.95);
        TextLayerCheck blank = new TextLayerCheck();
        blank.page(0, 0, "", 0);
        // WHEN / THEN
        assertThat(scan.problem().getCode()).isEqualTo(ProblemCode.NO_TEXT_LAYER);
        assertThat(blank.problem().getCode()).isEqualTo(ProblemCode.EMPTY_INPUT);
    }
}
