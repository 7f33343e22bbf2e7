package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.rules.Workbench;
import org.nianbao.audit.engine.RulesSource;

/** Rules other than the bundled ones are code from a folder: the console names it before the batch. */
class RulesNoticeTest {
    @TempDir
    Path tmp;

    @Test
    void should_announce_a_rules_folder_the_same_as_the_bundled_copy() {
        // GIVEN a plain copy of the project's rules (the bundled copy is the same files)
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        // WHEN / THEN the folder, the number of rules, the comparison and the trust note
        assertThat(RulesNotice.of(RulesSource.of(rules), 67, rules)).singleElement().satisfies(line -> assertThat(line)
                .contains("使用规则文件夹 " + rules).contains("67 条规则").contains("与内置规则相同").contains("可信"));
    }

    @Test
    void should_say_how_an_edited_copy_differs_from_the_bundled_one() throws Exception {
        // GIVEN a copy with one DRL edited, one lexicon added and the deadlines file removed
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        Path fees = rules.resolve("fees/fees.drl");
        Files.writeString(fees, Files.readString(fees) + "\n// 本地修改\n");
        Files.writeString(rules.resolve("lexicons/local.txt"), "本地词\n");
        Files.delete(rules.resolve("deadlines.properties"));
        // WHEN / THEN
        assertThat(RulesNotice.of(RulesSource.of(rules), 67, rules)).singleElement().satisfies(line ->
                assertThat(line).contains("与内置规则不同（修改 1 个文件、新增 1 个文件、缺少 1 个文件）"));
    }

    @Test
    void should_say_nothing_for_the_bundled_rules_asked_for() {
        assertThat(RulesNotice.of(RulesSource.bundled(), 67, Path.of("bundled"))).isEmpty();
    }
}
