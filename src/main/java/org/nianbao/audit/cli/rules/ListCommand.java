package org.nianbao.audit.cli.rules;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.nianbao.audit.cli.CliMessages;
import org.nianbao.audit.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rules list}: the catalogue on stdout, sorted by id; a note on stderr when rules were left out. */
@Command(name = "list", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = WorkbenchMessages.LIST_DESCRIPTION)
final class ListCommand implements Callable<Integer> {
    @Mixin
    HelpOptions help;

    @Mixin
    RulesOption rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = CatalogueFormat.Converter.class,
            description = WorkbenchMessages.FORMAT_OPTION)
    CatalogueFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Catalogue catalogue = Catalogue.read(rules.source(cmd));
        PrintWriter out = cmd.getOut();
        out.print(CatalogueWriter.write(catalogue.rows(), format));
        out.flush();
        if (catalogue.leftOut() > 0) {
            cmd.getErr().println(WorkbenchMessages.leftOut(catalogue.leftOut()));
            cmd.getErr().flush();
        }
        return 0;
    }
}
