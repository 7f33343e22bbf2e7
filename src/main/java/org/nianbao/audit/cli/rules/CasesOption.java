package org.nianbao.audit.cli.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.audit.engine.RulesSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --cases DIR}: the rule cases. By default they sit next to the rules, as in the project:
 * {@code <rules folder>/../fixtures/rules}; for the bundled rules, {@code ./fixtures/rules}.
 */
final class CasesOption {
    private static final Path DEFAULT = Path.of("fixtures", "rules");

    @Option(names = "--cases", paramLabel = "DIR", description = WorkbenchMessages.CASES_OPTION)
    Path folder;

    Path resolve(CommandLine cmd, RulesSource rules) {
        if (folder != null) {
            if (!Files.isDirectory(folder)) {
                throw new CommandLine.ParameterException(cmd, WorkbenchMessages.notAFolder(folder.toString()));
            }
            return folder;
        }
        return rules.folder().map(CasesOption::besideRules).orElse(DEFAULT);
    }

    /** Relative stays relative in messages: "rules" gives "fixtures/rules", "/x/rules" gives "/x/fixtures/rules". */
    private static Path besideRules(Path rulesFolder) {
        Path parent = rulesFolder.getParent();
        if (parent != null) {
            return parent.resolve(DEFAULT);
        }
        String name = rulesFolder.toString();
        if (!name.equals(".") && !name.equals("..")) {
            return DEFAULT;
        }
        Path absolute = rulesFolder.toAbsolutePath().normalize().getParent();
        return absolute == null ? DEFAULT : absolute.resolve(DEFAULT);
    }
}
