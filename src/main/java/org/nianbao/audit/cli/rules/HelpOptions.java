package org.nianbao.audit.cli.rules;

import org.nianbao.audit.cli.CliMessages;
import picocli.CommandLine.Option;

/** --help and --version with the Chinese texts the other commands use. */
final class HelpOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = CliMessages.HELP)
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = CliMessages.VERSION)
    boolean version;
}
