package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;

class DroolsExplainerTest {
    private static String explain(String drools) {
        return DroolsExplainer.explain(new RuleDiagnostic("a.drl", 3, 0, "R", drools)).message();
    }

    @Test
    void should_put_a_chinese_gist_before_the_drools_text_it_keeps() {
        // GIVEN / WHEN / THEN the messages rule authors meet most
        assertThat(explain("[ERR 102] Line 10:0 mismatched input 'then' in rule \"R\""))
                .startsWith("语法错误：在“then”附近").endsWith("—— Drools：[ERR 102] Line 10:0 mismatched input 'then' in rule \"R\"");
        assertThat(explain("Unable to Analyse Expression numbr == 1: [Error: unable to resolve method using strict-mode: x.numbr()]"))
                .startsWith("无法解析条件“numbr == 1”");
        assertThat(explain("Unable to Analyse Expression m = [\"h\" : 1]; f(m);: was expecting type: class java.lang.Object"))
                .startsWith("then 部分的代码无法解析");
        assertThat(explain("h cannot be resolved to a variable")).startsWith("无法识别的名称 h");
    }

    @Test
    void should_drop_the_generated_rule_class_name_and_stay_the_same_when_explained_twice() {
        // GIVEN a Java error that names the class Drools generated for the rule
        String once = explain("Rule Compilation error The method columnLabel(String) is undefined for the type Rule_AR$u45$T2$u45$R37161932482");
        // WHEN it is explained again (rules check sees it both together and in isolation)
        String twice = DroolsExplainer.explain(new RuleDiagnostic("a.drl", 3, 0, "R", once)).message();
        // THEN the author reads the function's name and the package, not a generated class, and once only
        assertThat(once).startsWith("方法 columnLabel(String) 在 本规则所在的包 中不存在").doesNotContain("Rule_AR");
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void should_leave_other_messages_alone() {
        assertThat(explain("规则缺少元数据 @basis")).isEqualTo("规则缺少元数据 @basis");
    }
}
