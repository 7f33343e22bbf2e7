package org.nianbao.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nianbao-audit}: the command group. Sub-commands are registered in {@link Main#commandLine}
 * (audit, parse; the rule workbench adds its {@code rules} group there).
 */
@Command(name = "nianbao-audit", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = CliMessages.ROOT_DESCRIPTION, synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = CliMessages.EXIT_CODES_HEADING, exitCodeList = {
            CliMessages.EXIT_0, CliMessages.EXIT_1, CliMessages.EXIT_2, CliMessages.EXIT_3, CliMessages.EXIT_4})
final class RootCommand implements Runnable {
    @CommandLine.Mixin
    StandardOptions standard;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No sub-command given: that is a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.missingCommand());
    }
}
