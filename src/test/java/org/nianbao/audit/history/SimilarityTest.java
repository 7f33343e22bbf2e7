package org.nianbao.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    private static final String BASE = "今年以来，我县严格落实政府信息公开工作要求，围绕优化营商环境、乡村振兴等重点领域，"
            + "通过门户网站公开各类信息一千二百余条，组织开展业务培训三次，建立健全依申请公开办理台账，"
            + "对照年度工作要点逐项落实责任分工，群众满意度稳步提升。下一步将继续加强队伍建设，提升公开质量。";

    @Test
    void should_find_a_copy_with_swapped_words_and_pass_over_an_unrelated_text() {
        // GIVEN a text, a copy with a few words changed, and an unrelated text
        String copy = BASE.replace("乡村振兴", "城市更新").replace("三次", "五次");
        String other = "本年度本局未收到政府信息公开申请，未发生行政复议和行政诉讼。主动公开规范性文件两件，"
                + "机构职能、领导分工、财政预决算等信息均已及时更新，专栏内容得到进一步规范。";
        int[] a = Shingles.set(Shingles.view(BASE), Boilerplate.none());
        int[] b = Shingles.set(Shingles.view(copy), Boilerplate.none());
        int[] c = Shingles.set(Shingles.view(other), Boilerplate.none());
        // THEN exact Jaccard and the MinHash estimate agree: high for the copy, low for the other
        double exact = Shingles.jaccard(a, b);
        assertThat(exact).isGreaterThan(0.75);
        assertThat(MinHash.estimate(MinHash.signature(a), MinHash.signature(b))).isCloseTo(exact, within(0.15));
        assertThat(Shingles.jaccard(a, c)).isLessThan(0.05);
        // AND the LSH index offers the copy as a candidate, not the other
        LshIndex index = new LshIndex.Builder().add(1, MinHash.signature(b)).add(2, MinHash.signature(c)).build();
        assertThat(index.candidates(MinHash.signature(a))).containsExactly(1);
    }

    @Test
    void should_offer_a_bounded_number_of_candidates_when_a_whole_batch_shares_its_signature() {
        // GIVEN 1,000 documents with one signature (a batch of the same text) and one other
        int[] same = MinHash.signature(Shingles.set(Shingles.view(BASE), Boilerplate.none()));
        LshIndex.Builder builder = new LshIndex.Builder();
        for (int id = 0; id < 1_000; id++) {
            builder.add(id, same);
        }
        LshIndex index = builder.add(5_000, MinHash.signature(Shingles.set(Shingles.view(BASE + "另有一段完全不同的文字，写的是本机关自己的工作。"),
                Boilerplate.none()))).build();
        // WHEN the signature is looked up
        int[] candidates = index.candidates(same);
        // THEN each band offers its lowest ids only, most agreeing first
        assertThat(candidates).hasSize(LshIndex.MAX_PER_BUCKET);
        assertThat(candidates[0]).isZero();
        assertThat(candidates[LshIndex.MAX_PER_BUCKET - 1]).isEqualTo(LshIndex.MAX_PER_BUCKET - 1);
    }

    @Test
    void should_estimate_jaccard_within_a_few_points_on_random_sets() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            int shared = 200 + random.nextInt(800);
            int own = random.nextInt(800);
            int[] x = new int[shared + own];
            int[] y = new int[shared + own];
            for (int i = 0; i < shared; i++) {
                x[i] = y[i] = random.nextInt();
            }
            for (int i = shared; i < shared + own; i++) {
                x[i] = random.nextInt();
                y[i] = random.nextInt();
            }
            double truth = (double) shared / (shared + 2 * own);
            assertThat(MinHash.estimate(MinHash.signature(x), MinHash.signature(y))).isCloseTo(truth, within(0.15));
        }
    }

    @Test
    void should_leave_template_wording_out_of_the_shingles() {
        // GIVEN two texts that share only the template's part titles
        Boilerplate template = Boilerplate.of(List.of("一、总体情况", "五、存在的主要问题及改进情况"));
        String x = "一、总体情况\n本局围绕中心工作推进公开。\n五、存在的主要问题及改进情况\n专栏更新不及时。";
        String y = "一、总体情况\n街道办事处加强政务服务。\n五、存在的主要问题及改进情况\n人员力量薄弱。";
        // THEN without the template they share nothing
        assertThat(Shingles.jaccard(Shingles.set(Shingles.view(x), Boilerplate.none()), Shingles.set(Shingles.view(y), Boilerplate.none())))
                .isEqualTo(10.0 / 54);
        assertThat(Shingles.jaccard(Shingles.set(Shingles.view(x), template), Shingles.set(Shingles.view(y), template)))
                .isEqualTo(0.0);
    }

    @Test
    void should_quote_shared_passages_from_both_originals_with_their_lines() {
        // GIVEN two texts sharing one sentence, printed with other punctuation and on another line
        TextView a = TextView.of("第一行无关内容。\n我们将进一步完善政府信息公开工作机制，加强培训。");
        TextView b = TextView.of("别的开头\n另一行\n我们将进一步完善政府信息公开工作机制、加强培训！");
        // WHEN passages are sought
        List<Passage> p = Passages.common(a, b, Boilerplate.none(), 10, 3);
        // THEN the sentence is quoted as printed in each, with its line
        assertThat(p).hasSize(1);
        assertThat(p.get(0).text()).isEqualTo("我们将进一步完善政府信息公开工作机制，加强培训");
        assertThat(p.get(0).line()).isEqualTo(2);
        assertThat(p.get(0).otherText()).isEqualTo("我们将进一步完善政府信息公开工作机制、加强培训");
        assertThat(p.get(0).otherLine()).isEqualTo(3);
        assertThat(p.get(0).length()).isEqualTo(22);
    }
}
