package org.nianbao.audit.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrlOutlineTest {
    private static final String DRL = """
            package rules.tables;   // line 1

            /* rule "commented out"
               end */
            import java.util.List;

            rule "T2-001 总计"
                @id("T2-001") @title("标题（含括号）") @basis("第二十条（八）项")
                @message("值为 \\"${reported}\\"")
                salience 10
            when
                $c : Cell(raw == "end")
            then
                int end = 1;
                System.out.println("rule \\"fake\\"");
            end

            rule Unquoted
                @id(T-9)
            when
            then
            end
            """;

    @Test
    void should_read_package_rules_lines_and_annotations() {
        // WHEN
        DrlOutline outline = DrlOutline.of("tables/t2.drl", DRL);
        // THEN
        assertThat(outline.packageName()).isEqualTo("rules.tables");
        assertThat(outline.rules()).extracting(RuleDeclaration::name).containsExactly("T2-001 总计", "Unquoted");
        RuleDeclaration first = outline.rules().get(0);
        assertThat(first.line()).isEqualTo(7);
        assertThat(first.whenLine()).isEqualTo(11);
        assertThat(first.thenLine()).isEqualTo(13);
        assertThat(first.endLine()).isEqualTo(16);
        assertThat(first.annotation("basis")).hasValueSatisfying(a -> {
            assertThat(a.value()).isEqualTo("第二十条（八）项");
            assertThat(a.quoted()).isTrue();
            assertThat(a.line()).isEqualTo(8);
        });
        assertThat(first.annotation("message")).hasValueSatisfying(a -> assertThat(a.value()).isEqualTo("值为 \"${reported}\""));
        RuleDeclaration second = outline.rules().get(1);
        assertThat(second.annotation("id")).hasValueSatisfying(a -> {
            assertThat(a.quoted()).isFalse();
            assertThat(a.value()).isEqualTo("T-9");
        });
    }

    @Test
    void should_map_a_line_to_the_rule_that_holds_it() {
        DrlOutline outline = DrlOutline.of("t.drl", DRL);
        assertThat(outline.ruleAt(14)).map(RuleDeclaration::name).contains("T2-001 总计");
        assertThat(outline.ruleAt(17)).isEmpty();
        assertThat(outline.ruleAt(19)).map(RuleDeclaration::name).contains("Unquoted");
    }

    @Test
    void should_flag_jit_crash_constructs_in_conditions_only() {
        String drl = """
                package p;
                rule "a"
                when
                    $l : TextLine(text str[startsWith] "一")
                    $s : String() from java.util.List.of("x")
                    $r : Report(agency memberOf java.util.List.of("甲"))
                    eval($d.equals(java.time.LocalDate.of(2024, 1, 1)))
                then
                    java.util.List.of(1);
                end
                """;
        assertThat(JitHazards.scan(DrlOutline.of("p/a.drl", drl), drl))
                .extracting(u -> u.hazard() + "@" + u.warning().line())
                .containsExactly("STR_OPERATOR@4", "INTERFACE_STATIC_CALL@6");
    }
}
