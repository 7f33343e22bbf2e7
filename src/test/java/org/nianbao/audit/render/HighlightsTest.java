package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    @Test
    void should_take_the_words_the_message_quotes_that_stand_in_the_quote_longest_first() {
        // GIVEN the spam rule's message and the line it quotes
        List<String> words = Highlights.of("第1行含垃圾信息「即时比分、比分网、老虎机、不在原文」",
                "当前位置 > 最新老虎机_即时比分网¥游戏手机版平台");
        // THEN
        assertThat(words).containsExactly("即时比分", "比分网", "老虎机");
    }

    @Test
    void should_not_highlight_a_quote_that_is_itself_the_offending_text() {
        assertThat(Highlights.of("表一列名「本年发件」与模板「本年制发件数」不符", "本年发件")).isEmpty();
        assertThat(Highlights.of("没有引号的说明", "原文")).isEmpty();
        assertThat(Highlights.of("「x」", "")).isEmpty();
    }

    @Test
    void should_mark_overlapping_words_as_one_run_and_escape_every_piece() {
        // GIVEN words that overlap ("即时比分" and "比分网") and text that needs escaping
        String marked = Highlights.mark("<即时比分网>", List.of("即时比分", "比分网"), s -> s.replace("<", "&lt;").replace(">", "&gt;"),
                "[", "]");
        // THEN
        assertThat(marked).isEqualTo("&lt;[即时比分网]&gt;");
    }
}
