package org.nianbao.audit.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.audit.model.DoubledWord;
import org.nianbao.audit.model.TextLine;

class DoubledWordFinderTest {
    private final DoubledWordFinder finder = new DoubledWordFinder(TableVocabulary.of(org.nianbao.audit.engine.formats.ProjectFormats.template()));

    private List<DoubledWord> find(String text) {
        return finder.find(new TextLine(7, text, text, 5));
    }

    @Test
    void should_find_a_two_character_word_typed_twice_with_its_place() {
        // GIVEN the corpus's "问题问题" WHEN read
        List<DoubledWord> found = find("取得了一定成绩，但还存在一些问题问题和不足：一是政策文件解读形式单一。");
        // THEN one doubling, quoted as printed with its line and section
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.getWord()).isEqualTo("问题");
            assertThat(d.getText()).isEqualTo("问题问题");
            assertThat(d.getRepeated()).isEqualTo("问题问题");
            assertThat(d.getLine()).isEqualTo(7);
            assertThat(d.getSection()).isEqualTo(5);
            assertThat(d.getQuote()).contains("存在一些问题问题和不足").doesNotStartWith(" ");
        });
    }

    @Test
    void should_find_longer_words_and_report_a_tripled_word_once() {
        assertThat(find("推进政府信息公开信息公开工作")).extracting(DoubledWord::getWord).containsExactly("信息公开");
        assertThat(find("组织讨论讨论讨论有关事项")).singleElement().satisfies(d -> {
            assertThat(d.getWord()).isEqualTo("讨论");
            assertThat(d.getRepeated()).isEqualTo("讨论讨论讨论");
        });
        assertThat(find("逐步逐步完善；审核审核；资金资金")).extracting(DoubledWord::getWord).containsExactly("逐步", "审核", "资金");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "现编制完成本报告。本报告包括六个部分",   // chain figure 顶真 across a full stop
        "现编制完成了本报告、本报告包括六个部分", // across a 顿号 (a punctuation slip, not a doubled word)
        "谁制作、谁公开，谁公开、谁审查",
        "存在的问题 问题主要是",                  // a space parts the copies
        "常常开展、人人参与、年年考核、年年年底", // single-character reduplication
        "大家高高兴兴参加培训",                   // AABB
        "二零二零年以来，一一落实",               // numerals
        "2020年2020年，电话1111，网址www.gov.cn/gov.cn",
        "总计总计、合计总计总计、行政诉讼行政诉讼、其他其他", // the tables' own labels (a header cell over two columns)
        "“公开”公开的信息"                        // a quote mark parts the copies
    })
    void should_leave_what_is_no_doubled_word(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void should_find_exactly_the_doublings_a_test_of_every_position_finds() {
        // GIVEN random text over a few ideographs (doublings everywhere), with punctuation and numerals among them
        java.util.Random random = new java.util.Random(16);
        String alphabet = "问题审核资金，。三";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 4 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            // WHEN the finder reads it THEN it finds what testing every position and length finds
            assertThat(find(t)).extracting(DoubledWord::getText).as(t).containsExactlyInAnyOrderElementsOf(bruteForce(t));
        }
    }

    /** Every maximal run of matches per length, shortest length first, runs inside a found one left out. */
    private static List<String> bruteForce(String t) {
        List<String> out = new java.util.ArrayList<>();
        List<int[]> covered = new java.util.ArrayList<>();
        for (int k = DoubledWordFinder.SHORTEST_WORD; k <= DoubledWordFinder.LONGEST_WORD; k++) {
            int run = 0;
            for (int j = 0; j + k <= t.length(); j++) {
                boolean match = j + k < t.length() && t.charAt(j) == t.charAt(j + k) && FoldedText.isIdeograph(t.charAt(j));
                if (match) {
                    run++;
                    continue;
                }
                int start = j - run;
                int end = j + k;
                boolean inside = covered.stream().anyMatch(c -> c[0] <= start && end <= c[1]);
                String word = t.substring(start, start + k);
                boolean numeral = word.chars().allMatch(ch -> ch == '三');
                if (run >= k && !inside && !numeral) {
                    covered.add(new int[] {start, end});
                    out.add(t.substring(start, start + 2 * k));
                }
                run = 0;
            }
        }
        return out;
    }

    @Test
    void should_read_a_crawled_body_on_one_long_line_in_linear_time() {
        // GIVEN a body of 200,000 characters on one line with a doubling at its very end
        StringBuilder body = new StringBuilder();
        String prose = "我局坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。";
        while (body.length() < 200_000) {
            body.append(prose);
        }
        body.append("存在问题问题");
        // WHEN read THEN the one doubling is found, at once
        long start = System.nanoTime();
        List<DoubledWord> found = find(body.toString());
        assertThat(found).extracting(DoubledWord::getText).containsExactly("问题问题");
        assertThat(System.nanoTime() - start).as("a few milliseconds, not quadratic").isLessThan(2_000_000_000L);
    }
}
