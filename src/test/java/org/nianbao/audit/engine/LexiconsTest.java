package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.facts.LexiconHit;
import org.nianbao.audit.engine.lexicon.Lexicons;
import org.nianbao.audit.model.TextLine;

class LexiconsTest {
    private final Lexicons shipped = Lexicons.from(RulesSource.of(Path.of("rules")).files());

    @Test
    void should_find_spam_in_the_seed_003_injection() {
        List<LexiconHit> hits = shipped.scan(List.of(ReportFixtures.line(7, "关于最新老虎机_即时比分网¥游戏手机版平台的通知", 1)));
        assertThat(hits).extracting(LexiconHit::getTerm).contains("老虎机", "即时比分", "比分网", "游戏手机版");
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.getLexicon()).isEqualTo("spam");
            assertThat(h.getLine()).isEqualTo(7);
            assertThat(h.getSection()).isEqualTo(1);
            assertThat(h.getQuote()).isEqualTo("关于最新老虎机_即时比分网¥游戏手机版平台的通知");
        });
    }

    @Test
    void should_mark_exactly_one_hit_per_lexicon_and_line_as_first() {
        // GIVEN a line with four spam terms and a placeholder, and a second line with one spam term
        List<LexiconHit> hits = shipped.scan(List.of(
                ReportFixtures.line(7, "关于最新老虎机_即时比分网¥游戏手机版平台XX的通知", 1),
                ReportFixtures.line(8, "老虎机", 1)));
        // THEN each (lexicon, line) pair has one first hit, and it is the first one found on the line
        Map<String, List<String>> firstByLine = new TreeMap<>();
        for (LexiconHit h : hits) {
            if (h.isFirstOnLine()) {
                firstByLine.computeIfAbsent(h.getLexicon() + "@" + h.getLine(), k -> new ArrayList<>()).add(h.getTerm());
            }
        }
        assertThat(firstByLine).containsOnlyKeys("spam@7", "placeholders@7", "spam@8");
        assertThat(firstByLine.values()).allSatisfy(terms -> assertThat(terms).hasSize(1));
        assertThat(hits.stream().filter(h -> h.getLexicon().equals("spam") && h.getLine() == 7).findFirst())
                .hasValueSatisfying(h -> assertThat(h.isFirstOnLine()).isTrue());
    }

    @Test
    void should_match_traditional_full_width_and_spaced_variants() {
        List<LexiconHit> hits = shipped.scan(List.of(
                ReportFixtures.line(1, "最新老虎機即時比分", 0),
                ReportFixtures.line(2, "ＢＥＴ３６５ 真人娛樂", 0),
                ReportFixtures.line(3, "掃一掃在手機打開當前頁", 0),
                ReportFixtures.line(4, "老 虎 机", 0)));
        assertThat(hits).extracting(h -> h.getLine() + ":" + h.getTerm())
                .contains("1:老虎机", "1:即时比分", "2:bet365", "2:真人娱乐", "3:扫一扫在手机打开当前页", "4:老虎机");
    }

    @Test
    void should_match_ascii_terms_as_whole_words_only() {
        List<LexiconHit> hits = shipped.scan(List.of(
                ReportFixtures.line(1, "采用Java开发的平台", 0),
                ReportFixtures.line(2, "免费AV在线", 0),
                ReportFixtures.line(3, "XXX局", 0),
                ReportFixtures.line(4, "为发布厅新增AV设备一套", 0)));
        // "AV" alone is ordinary equipment wording; only the adult-site phrases are spam
        assertThat(hits).extracting(h -> h.getLine() + ":" + h.getTerm()).containsExactly("2:av在线", "3:XXX");
    }

    @Test
    void should_not_flag_ordinary_report_wording() {
        List<LexiconHit> hits = shipped.scan(List.of(
                ReportFixtures.line(1, "依法打击赌博违法犯罪活动，做好福利彩票发行管理和成人教育工作", 1),
                ReportFixtures.line(2, "加强与香港、澳门的交流合作", 1)));
        assertThat(hits).filteredOn(h -> h.getLexicon().equals("spam")).isEmpty();
    }

    @Test
    void should_find_mojibake_and_placeholders() {
        List<LexiconHit> hits = shipped.scan(List.of(
                ReportFixtures.line(1, "锟斤拷锟斤拷", 0), ReportFixtures.line(2, "共受理\ufffd件", 3),
                ReportFixtures.line(3, "统计期限自  至  ", 0)));
        assertThat(hits).extracting(h -> h.getLexicon() + ":" + h.getLine())
                .contains("mojibake:1", "mojibake:2", "placeholders:3");
    }

    @Test
    void should_ignore_comments_blank_lines_and_nested_folders() {
        Map<String, String> files = new TreeMap<>(Map.of(
                "lexicons/test.txt", "# 注释\n\n  甲乙  \n",
                "lexicons/old/ignored.txt", "丙\n",
                "notes.txt", "丁\n"));
        Lexicons lexicons = Lexicons.from(new TreeMap<>(files));
        assertThat(lexicons.lexicons()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("test");
            assertThat(l.terms()).containsExactly("甲乙");
        });
    }

    @Test
    void should_scan_a_500_line_report_well_under_a_millisecond() {
        // GIVEN 500 lines of ordinary text
        List<TextLine> lines = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            lines.add(ReportFixtures.line(i, "本机关" + i + "年认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息" + i + "条。", 1));
        }
        for (int i = 0; i < 200; i++) {
            shipped.scan(lines);
        }
        // WHEN
        long start = System.nanoTime();
        int rounds = 200;
        for (int i = 0; i < rounds; i++) {
            shipped.scan(lines);
        }
        long micros = (System.nanoTime() - start) / 1000 / rounds;
        System.out.println("lexicon scan, 500 lines: " + micros + " µs/report");
        // THEN a generous bound that still catches a quadratic matcher on a busy 2-core machine
        assertThat(micros).isLessThan(2_000);
    }

    @Test
    void should_find_a_placeholder_date_whose_x_run_is_longer_than_any_listed_one() {
        // GIVEN a template date left unfilled, and ordinary text with x inside words
        List<LexiconHit> hits = shipped.scan(List.of(
                ReportFixtures.line(1, "发布日期：XXXX年X月X日", 0),
                ReportFixtures.line(2, "联系邮箱：xxxgk@pingtan.gov.cn", 0),
                ReportFixtures.line(3, "XX局", 0)));
        // THEN the run of four X is a placeholder (as the longest listed run), words with x are not
        assertThat(hits).filteredOn(h -> h.getLexicon().equals("placeholders"))
                .extracting(h -> h.getLine() + ":" + h.getTerm()).containsExactly("1:XXX", "3:XX");
    }
}
