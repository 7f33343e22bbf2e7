package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.cli.AuditorFactory;
import org.nianbao.audit.cli.Main;

/** The workbench is reachable from the jar's entry point as {@code rules …}, with its exit codes. */
class RulesRegistrationTest {

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args, AuditorFactory.PIPELINE);
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
    }

    @Test
    void should_run_rules_list_from_the_entry_point() {
        // GIVEN / WHEN the catalogue is asked for through Main
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(out, new ByteArrayOutputStream(), "rules", "list", "--format", "csv", "--rules", "rules");
        // THEN it is printed as UTF-8 CSV
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\"id\",\"title\",").contains("\"AR-INT\",\"件数不是整数\"");
        assertThat(exit).isZero();
    }

    @Test
    void should_treat_a_missing_rules_folder_and_a_missing_sub_command_as_usage_errors() {
        // GIVEN / WHEN
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int missingFolder = run(new ByteArrayOutputStream(), err, "rules", "check", "--rules", "no/such/folder");
        int missingCommand = run(new ByteArrayOutputStream(), err, "rules");
        // THEN both exit 2 with a Chinese message
        assertThat(missingFolder).isEqualTo(2);
        assertThat(missingCommand).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("文件夹不存在：no/such/folder", "缺少子命令");
    }
}
