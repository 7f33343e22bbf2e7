package org.nianbao.audit.cli.rules;

import org.nianbao.audit.cli.CliMessages;
import org.nianbao.audit.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rules}: the rule authors' workbench (check, list, doc, test). Registered under the root command. */
@Command(name = "rules", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = WorkbenchMessages.RULES_DESCRIPTION,
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {CheckCommand.class, ListCommand.class, DocCommand.class, TestCommand.class})
public final class RulesCommand implements Runnable {
    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No sub-command given: a usage error, like the root command. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WorkbenchMessages.missingSubcommand());
    }
}
