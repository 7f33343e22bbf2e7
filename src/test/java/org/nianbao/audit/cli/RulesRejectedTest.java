package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;

class RulesRejectedTest {
    @Test
    void should_print_the_cascade_folded_under_the_root_errors() {
        // GIVEN a rejection with one root error and two follow-on errors
        RuleDiagnostic root = new RuleDiagnostic("a.drl", 12, 0, null, "[ERR 102] Line 12:0 mismatched input 'then'");
        RuleDiagnostic next1 = new RuleDiagnostic("b.drl", 6, 0, null, "Unable to resolve ObjectType 'Counted'");
        RuleDiagnostic next2 = new RuleDiagnostic("c.drl", 3, 0, null, "The import x.Twice cannot be resolved");
        RulesRejected rejected = new RulesRejected("refused", "rules/", List.of(root, next1, next2), List.of(next1, next2), null);
        // WHEN printed as an audit prints it
        StringWriter text = new StringWriter();
        rejected.printTo(new PrintWriter(text, true));
        // THEN the root first, then one line saying what follows, then the cascade indented, then the count
        assertThat(text.toString().lines()).containsExactly(
                "rules/a.drl:12:0: [ERR 102] Line 12:0 mismatched input 'then'",
                "以下 2 个错误很可能是上面的语法错误引起的（出错文件中声明的函数或类型随之失效），修正后通常会一起消失：",
                "    rules/b.drl:6:0: Unable to resolve ObjectType 'Counted'",
                "    rules/c.drl:3:0: The import x.Twice cannot be resolved",
                "规则加载失败，共3个问题。");
    }
}
