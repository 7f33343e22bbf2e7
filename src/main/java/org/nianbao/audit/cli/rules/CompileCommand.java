package org.nianbao.audit.cli.rules;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.nianbao.audit.cli.CliMessages;
import org.nianbao.audit.cli.ExitCode;
import org.nianbao.audit.cli.VersionProvider;
import org.nianbao.audit.engine.PrecompiledRules;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RuleBookException;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.cases.EngineAgreement;
import org.nianbao.audit.engine.cases.RuleCase;
import org.nianbao.audit.engine.cases.RuleCaseException;
import org.nianbao.audit.engine.cases.RuleCaseLoader;
import org.nianbao.audit.engine.cases.RuleCaseRunner;
import org.nianbao.audit.engine.compile.ExecutableModel;
import org.nianbao.audit.engine.compile.ExecutableModelHazards;
import org.nianbao.audit.engine.compile.RuleSetKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rules compile}: saves the rules in the executable model, which audits then load in about half
 * the time of compiling the DRL. Only rules the author has proven are saved: every rule case must pass
 * under the classic engine and give the very same findings under the executable model. Exit 0 saved,
 * 1 not saved (a case failed, the executable model refused or disagreed), 3 rules rejected, 4 not writable.
 */
@Command(name = "compile", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = WorkbenchMessages.COMPILE_DESCRIPTION,
        exitCodeListHeading = CliMessages.EXIT_CODES_HEADING, exitCodeList = {
            WorkbenchMessages.COMPILE_EXIT_0, WorkbenchMessages.COMPILE_EXIT_1, WorkbenchMessages.USAGE_EXIT_2,
            WorkbenchMessages.TEST_EXIT_3, WorkbenchMessages.OUT_EXIT_4})
final class CompileCommand implements Callable<Integer> {
    /** Not saved; audits go on compiling the DRL at start, which is slower but never wrong. */
    static final int NOT_SAVED = 1;

    @Mixin
    HelpOptions help;

    @Mixin
    RulesOption rules;

    @Mixin
    CasesOption cases;

    @Option(names = "--quiet", description = WorkbenchMessages.COMPILE_QUIET)
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        var source = rules.source(cmd);
        Path folder = source.folder().orElseThrow(
                () -> new CommandLine.ParameterException(cmd, WorkbenchMessages.compileNeedsFolder()));
        Path caseRoot = cases.resolve(cmd, source);
        PrintWriter out = cmd.getOut();
        LoadedRules loaded = LoadedRules.load(source, out);
        if (loaded == null) {
            return ExitCode.RULES;
        }
        List<RuleCase> selected;
        try {
            selected = Files.isDirectory(caseRoot) ? RuleCaseLoader.load(caseRoot, Set.of()) : List.of();
        } catch (RuleCaseException e) {
            return notSaved(out, WorkbenchMessages.caseLayout(e.getMessage()));
        }
        if (selected.isEmpty()) {
            return notSaved(out, WorkbenchMessages.noCases(ShownPath.folder(caseRoot)));
        }
        SortedMap<String, String> drl = source.filesEndingWith(".drl");
        Optional<RuleSetKey> key = RuleSetKey.of(drl);
        if (key.isEmpty()) {
            return notSaved(out, WorkbenchMessages.noBuildIdentity());
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(RulesOption.root(source), source.files());
        List<RuleDiagnostic> hazards = new ArrayList<>();
        drl.forEach((file, text) -> hazards.addAll(ExecutableModelHazards.scan(file, text)));
        if (!hazards.isEmpty()) {
            hazards.forEach(d -> printer.print(Problem.error(d), out));
            return notSaved(out, WorkbenchMessages.executableModelDiffers(hazards.size()));
        }
        ExecutableModel.Build build = ExecutableModel.build(drl);
        if (!build.succeeded()) {
            build.errors().forEach(out::println);
            return notSaved(out, WorkbenchMessages.executableModelRefused(build.errors().size()));
        }
        RuleCaseRunner executable;
        try {
            // judged from the saved bytes reloaded, exactly as an audit will load them
            executable = new RuleCaseRunner(RuleBook.withBase(source, ExecutableModel.load(build.kjar()),
                    RuleBook.Origin.PRECOMPILED), loaded.formats());
        } catch (RuleBookException e) {
            e.diagnostics().forEach(d -> printer.print(Problem.error(d), out));
            return notSaved(out, WorkbenchMessages.executableModelRefused(e.diagnostics().size()));
        } catch (RuntimeException | LinkageError e) { // NOPMD: the saved bytes do not load back; Drools throws unchecked
            return notSaved(out, WorkbenchMessages.kjarDoesNotLoad(e.toString()));
        }
        if (!agree(selected, new RuleCaseRunner(loaded.book(), loaded.formats()), executable, caseRoot, out)) {
            return NOT_SAVED;
        }
        try {
            Path saved = PrecompiledRules.store(folder, key.get(), build.kjar());
            out.println(WorkbenchMessages.compiled(loaded.book().rules().size(), selected.size(),
                    saved.toString().replace('\\', '/')));
            out.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            cmd.getErr().println(WorkbenchMessages.writeFailed(e.toString()));
            cmd.getErr().flush();
            return ExitCode.OUTPUT;
        }
    }

    /** Every case passes under classic and gives equal findings under the executable model. */
    private boolean agree(List<RuleCase> selected, RuleCaseRunner classic, RuleCaseRunner executable,
                          Path caseRoot, PrintWriter out) {
        int failed = 0;
        List<String> differences = new ArrayList<>();
        for (RuleCase c : selected) {
            RuleCaseRunner.Run run = classic.runKeeping(c);
            if (!run.result().passed()) {
                failed++;
            }
            if (!quiet || !run.result().passed()) {
                out.println(CaseLine.of(run.result(), caseRoot));
            }
            EngineAgreement.compare(c, run.engine(), executable.runKeeping(c).engine()).ifPresent(differences::add);
        }
        differences.forEach(out::println);
        out.println(WorkbenchMessages.casesSummary(selected.size() - failed, failed));
        if (failed > 0) {
            notSaved(out, WorkbenchMessages.casesMustPass(failed));
            return false;
        }
        if (!differences.isEmpty()) {
            notSaved(out, WorkbenchMessages.enginesDisagree(differences.size()));
            return false;
        }
        return true;
    }

    private static int notSaved(PrintWriter out, String why) {
        out.println(why);
        out.println(WorkbenchMessages.notPrecompiled());
        out.flush();
        return NOT_SAVED;
    }
}
