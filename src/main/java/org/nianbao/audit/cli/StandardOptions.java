package org.nianbao.audit.cli;

import picocli.CommandLine.Option;

/** --help, --version and --verbose, with Chinese descriptions, mixed into every command. */
final class StandardOptions {
    /** Technical detail (exception class, causes) after the plain message: for whoever maintains the tool. */
    @Option(names = "--verbose", description = CliMessages.VERBOSE)
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = CliMessages.HELP)
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = CliMessages.VERSION)
    boolean version;
}
