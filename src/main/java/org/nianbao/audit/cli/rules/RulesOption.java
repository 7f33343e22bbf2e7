package org.nianbao.audit.cli.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.audit.engine.RulesSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --rules DIR} as every command has it: the folder ("bundled": the jar's own), else ./rules when a rule set, else the bundled copy. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = WorkbenchMessages.RULES_OPTION)
    Path folder;

    /** The rule set; a missing folder is a usage error (exit 2). */
    RulesSource source(CommandLine cmd) {
        if (folder != null && !RulesSource.isBundledName(folder) && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(cmd, WorkbenchMessages.notAFolder(folder.toString()));
        }
        return RulesSource.resolve(folder);
    }

    /** How file names are prefixed in output: "rules/" or "(内置规则)/". */
    static String root(RulesSource source) {
        String shown = source.describe();
        return shown.endsWith("/") ? shown : shown + "/";
    }
}
