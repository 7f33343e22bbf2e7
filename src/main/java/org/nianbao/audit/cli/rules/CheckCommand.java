package org.nianbao.audit.cli.rules;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.audit.cli.ExitCode;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.cli.CliMessages;
import org.nianbao.audit.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules check}: every problem of every file, formatted for people, then one summary line. */
@Command(name = "check", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = WorkbenchMessages.CHECK_DESCRIPTION,
        exitCodeListHeading = CliMessages.EXIT_CODES_HEADING, exitCodeList = {
            WorkbenchMessages.CHECK_EXIT_0, WorkbenchMessages.USAGE_EXIT_2, WorkbenchMessages.CHECK_EXIT_3})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    HelpOptions help;

    @Mixin
    RulesOption rules;

    @Mixin
    CasesOption cases;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        RulesSource source = rules.source(cmd);
        Path caseRoot = cases.resolve(cmd, source);
        PrintWriter out = cmd.getOut();
        // the jar's own rules were checked with their cases when it was built; those cases are not shipped
        boolean bundledWithoutCases = source.folder().isEmpty() && cases.folder == null && !Files.isDirectory(caseRoot);
        if (bundledWithoutCases) {
            out.println(WorkbenchMessages.bundledWithoutCases());
        }
        CheckReport report = new RuleSetChecker().check(source, bundledWithoutCases ? null : caseRoot, ShownPath.folder(caseRoot));
        DiagnosticPrinter printer = new DiagnosticPrinter(RulesOption.root(source), source.files());
        report.problems().forEach(p -> printer.print(p, out));
        if (!report.cascade().isEmpty()) {
            out.println(CliMessages.cascadeFolded(report.cascade().size()));
            report.cascade().forEach(p -> printer.print(p, out));
        }
        out.println(WorkbenchMessages.checkSummary(report.files(), report.rules(), report.errors(), report.warnings()));
        out.flush();
        return report.clean() ? ExitCode.OK : ExitCode.RULES;
    }
}
