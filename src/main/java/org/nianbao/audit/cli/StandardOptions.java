package org.nianbao.audit.cli;

import picocli.CommandLine.Option;

/** --help and --version, with Chinese descriptions, mixed into every command. */
final class StandardOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = CliMessages.HELP)
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = CliMessages.VERSION)
    boolean version;
}
