package org.nianbao.audit.cli.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.audit.cli.ExitCode;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.grade.GradingPolicyException;
import org.nianbao.audit.render.AtomicFiles;
import org.nianbao.audit.cli.CliMessages;
import org.nianbao.audit.cli.IoProblems;
import org.nianbao.audit.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rules doc --out DIR}: index.html and rules.md, the catalogue a 政务公开办 can publish. */
@Command(name = "doc", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = WorkbenchMessages.DOC_DESCRIPTION,
        exitCodeListHeading = CliMessages.EXIT_CODES_HEADING, exitCodeList = {
            WorkbenchMessages.DOC_EXIT_0, WorkbenchMessages.USAGE_EXIT_2, WorkbenchMessages.OUT_EXIT_4})
final class DocCommand implements Callable<Integer> {
    @Mixin
    HelpOptions help;

    @Mixin
    RulesOption rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "rule-catalogue", description = WorkbenchMessages.OUT_OPTION)
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        RulesSource source = rules.source(cmd);
        Catalogue catalogue = Catalogue.read(source);
        GradingPolicy policy = policy(source, cmd);
        try {
            Files.createDirectories(out);
            AtomicFiles files = new AtomicFiles(out);
            byte[] html = RuleDocument.html(catalogue.rows(), policy).getBytes(StandardCharsets.UTF_8);
            byte[] md = RuleDocument.markdown(catalogue.rows(), policy).getBytes(StandardCharsets.UTF_8);
            files.write("index.html", o -> o.write(html));
            files.write("rules.md", o -> o.write(md));
        } catch (IOException | RuntimeException e) {
            cmd.getErr().println(WorkbenchMessages.writeFailed(IoProblems.describe(e)));
            cmd.getErr().flush();
            return ExitCode.OUTPUT;
        }
        String folder = ShownPath.folder(out);
        cmd.getOut().println(WorkbenchMessages.docWritten(folder, catalogue.rows().size()));
        cmd.getOut().flush();
        if (catalogue.leftOut() > 0) {
            cmd.getErr().println(WorkbenchMessages.leftOut(catalogue.leftOut()));
            cmd.getErr().flush();
        }
        return ExitCode.OK;
    }

    /** The legend needs the policy; a broken one leaves the legend out rather than the whole catalogue. */
    private static GradingPolicy policy(RulesSource source, CommandLine cmd) {
        try {
            return GradingPolicy.load(source);
        } catch (GradingPolicyException e) {
            cmd.getErr().println(WorkbenchMessages.noLegend(e.getMessage()));
            cmd.getErr().flush();
            return null;
        }
    }
}
