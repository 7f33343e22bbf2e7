package org.nianbao.audit.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.cases.CaseKind;
import org.nianbao.audit.engine.cases.RuleCase;
import org.nianbao.audit.engine.cases.RuleCaseRunner;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.model.finding.Finding;

/** The history rules' findings on their cases, message by message. */
class HistoryRulesTest {
    private final RuleCaseRunner runner = new RuleCaseRunner(SharedRuleBook.get(), ProjectFormats.get());

    private List<String> messages(String rule, String folder, String name) {
        RuleCase c = new RuleCase(rule, CaseKind.FIRES, SharedRuleBook.CASES.resolve(Path.of(rule, folder, name + ".txt")),
                Set.of(), Set.of());
        return runner.evaluate(c).findings().stream().filter(f -> f.getRule().startsWith("HIST-"))
                .map(f -> f.getRule() + " " + f.getLine() + " " + f.getMessage()).toList();
    }

    @Test
    void should_name_each_applicant_column_whose_carry_over_does_not_carry_over() {
        // GIVEN 2024's 上年结转 (2,0,0,0,0,1 | 3) and 2023's 结转下年度 (1,1,0,0,0,0 | 2) in the same batch
        // THEN one error per differing column, naming both figures
        assertThat(messages("HIST-CARRY", "fires", "carry-differs-by-column")).containsExactlyInAnyOrder(
                "HIST-CARRY 52 表二「自然人」列“二、上年结转”为2，而2023年度报告“四、结转下年度继续办理”为1",
                "HIST-CARRY 52 表二「商业企业」列“二、上年结转”为0，而2023年度报告“四、结转下年度继续办理”为1",
                "HIST-CARRY 52 表二「其他」列“二、上年结转”为1，而2023年度报告“四、结转下年度继续办理”为0",
                "HIST-CARRY 52 表二「总计」列“二、上年结转”为3，而2023年度报告“四、结转下年度继续办理”为2");
    }

    @Test
    void should_show_the_arithmetic_of_the_valid_documents() {
        assertThat(messages("HIST-VALID", "fires", "valid-does-not-add-up")).containsExactly(
                "HIST-VALID 33 表一「行政规范性文件」现行有效件数为15，而2023年度报告的现行有效12件＋本年制发2件－本年废止1件＝13件；"
                        + "如因文件清理等原因变动，应在报告中说明");
    }

    @Test
    void should_quote_the_copied_part_five_and_the_stale_plan() {
        String passage = "主要问题：一是部分栏目更新不够及时，科技项目公示信息有时滞后；二是政策解读形式较为单一，图解、视频解读偏少；三是依申请公…";
        assertThat(messages("HIST-SEC5-COPY", "fires", "section-5-as-last-year")).containsExactly(
                "HIST-SEC5-COPY 85 “五、存在的主要问题及改进情况”与2023年度报告的同一部分完全相同（相似度100%），例如本年「" + passage
                        + "」，上年「" + passage + "」");
        assertThat(messages("HIST-PLAN-STALE", "fires", "plan-with-last-years-date")).containsExactly(
                "HIST-PLAN-STALE 87 第五部分“2024年，我局将进一步完善信息发布审核机制，每季度开展一次栏目内容检查。”与2023年度报告一字不差，"
                        + "其中的“2024年”已不是今后的计划");
        assertThat(messages("HIST-FIGURES-REPEATED", "fires", "tables-as-last-year")).filteredOn(m -> m.contains("FIGURES"))
                .containsExactly("HIST-FIGURES-REPEATED 32 表一的10个数字与2023年度报告逐格相同（其中9个不为0），请核对是否沿用了上年数据",
                        "HIST-FIGURES-REPEATED 51 表二的175个数字与2023年度报告逐格相同（其中35个不为0），请核对是否沿用了上年数据",
                        "HIST-FIGURES-REPEATED 83 表三的15个数字与2023年度报告逐格相同（其中8个不为0），请核对是否沿用了上年数据");
    }

    @Test
    void should_name_the_agency_copied_from_and_the_word_left_behind() {
        // GIVEN 城东区's report copied from 清河县's with one "我县" left in line 9
        String shared = "（三）政府信息管理 建立执法信息公示审核台账，对行政处罚决定书中的个人隐私、商业秘密逐项作去标识化处理，全年更正错误信息…";
        assertThat(messages("HIST-COPY-LEFTOVER", "fires", "wo-xian-left-in-district-report")).containsExactly(
                "HIST-COPY-AGENCY 7 正文与清河县市场监督管理局2023年度报告（fixtures/rules/HIST-COPY-LEFTOVER/fires/"
                        + "wo-xian-left-in-district-report.history/qinghe-county-scjgj-2023.txt）的正文95%相同，例如本报告「" + shared
                        + "」，对方「" + shared + "」",
                "HIST-COPY-LEFTOVER 9 第9行的“我县”不属于本机关：本报告与清河县市场监督管理局的报告95%相同，疑为照抄后未改「2023年，"
                        + "我区市场监管领域主动公开行政许可、行政处罚信息2380条，在食品安全、特种设备、价格监督等方面发布消费警示26期，"
                        + "我县“双随机、一公开”抽查结果全部在网站公示。」");
    }

    @Test
    void should_show_an_uncertain_agency_as_such_and_compare_nothing() {
        assertThat(messages("HIST-AGENCY-UNCERTAIN", "fires", "one-character-misspelt")).containsExactly(
                "HIST-AGENCY-UNCERTAIN 1 未找到本机关2023年度的报告；“红旗区科学枝术局”的2023年度报告（fixtures/rules/"
                        + "HIST-AGENCY-UNCERTAIN/fires/one-character-misspelt.history/hongqi-kejiju-2023.txt）可能为同一机关"
                        + "（名称只差一个字），未作比较。如确为同一机关，请在 rules/history/agency-aliases.tsv 中写明");
        assertThat(messages("HIST-AGENCY-UNCERTAIN", "fires", "higher-place-name-added")).containsExactly(
                "HIST-AGENCY-UNCERTAIN 1 未找到本机关2023年度的报告；“河东省安平市科学技术局”的2023年度报告（fixtures/rules/"
                        + "HIST-AGENCY-UNCERTAIN/fires/higher-place-name-added.history/anping-kejiju-2023.txt）可能为同一机关"
                        + "（一个名称多了上级地名“河东省”），未作比较。如确为同一机关，请在 rules/history/agency-aliases.tsv 中写明");
    }
}
