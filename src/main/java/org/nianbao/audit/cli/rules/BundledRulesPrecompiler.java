package org.nianbao.audit.cli.rules;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.nianbao.audit.cli.ExitCode;
import org.nianbao.audit.engine.PrecompiledRules;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RuleBookException;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.cases.EngineAgreement;
import org.nianbao.audit.engine.cases.RuleCase;
import org.nianbao.audit.engine.cases.RuleCaseException;
import org.nianbao.audit.engine.cases.RuleCaseLoader;
import org.nianbao.audit.engine.cases.RuleCaseRunner;
import org.nianbao.audit.engine.compile.ExecutableModel;
import org.nianbao.audit.engine.compile.ExecutableModelHazards;

/**
 * The build step (pom: exec-maven-plugin, phase prepare-package) that precompiles the bundled rules into
 * the Drools executable model, which an audit loads in about half the time of compiling the DRL. Only rules
 * proven equal are saved: every rule case must pass under the classic engine and give the very same
 * findings under the executable model reloaded from the saved bytes. Not a user command: any other rules
 * folder is compiled from its DRL at start ({@link PrecompiledRules}).
 *
 * <p>{@code java … BundledRulesPrecompiler RULES CASES OUT}: writes {@code OUT/<key>.kjar} after removing
 * every earlier kjar there (one left from an earlier build would otherwise be packed with new classes).
 * Exit 0 saved, 1 not saved (the jar then compiles its DRL at start: slower, never wrong), 3 the rules do
 * not load (the build fails), 4 not writable, 2 wrong arguments.
 */
public final class BundledRulesPrecompiler {
    /** Not saved; audits go on compiling the DRL at start, which is slower but never wrong. */
    static final int NOT_SAVED = 1;

    private final PrintWriter out;
    private final boolean quiet;

    BundledRulesPrecompiler(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        if (args.length != 3) {
            out.println(WorkbenchMessages.precompilerUsage());
            out.flush();
            System.exit(ExitCode.USAGE);
        }
        System.exit(new BundledRulesPrecompiler(out, true).run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])));
    }

    int run(Path rulesFolder, Path caseRoot, Path outFolder) {
        try {
            removeEarlierKjars(outFolder);
        } catch (IOException e) {
            return writeFailed(e);
        }
        RulesSource source = RulesSource.of(rulesFolder);
        LoadedRules loaded = LoadedRules.load(source, out);
        if (loaded == null) {
            return ExitCode.RULES;
        }
        List<RuleCase> selected;
        try {
            selected = Files.isDirectory(caseRoot) ? RuleCaseLoader.load(caseRoot, Set.of()) : List.of();
        } catch (RuleCaseException e) {
            return notSaved(WorkbenchMessages.caseLayout(e.getMessage()));
        }
        if (selected.isEmpty()) {
            return notSaved(WorkbenchMessages.noCases(ShownPath.folder(caseRoot)));
        }
        SortedMap<String, String> drl = source.filesEndingWith(".drl");
        DiagnosticPrinter printer = new DiagnosticPrinter(RulesOption.root(source), source.files());
        List<RuleDiagnostic> hazards = new ArrayList<>();
        drl.forEach((file, text) -> hazards.addAll(ExecutableModelHazards.scan(file, text)));
        if (!hazards.isEmpty()) {
            hazards.forEach(d -> printer.print(Problem.error(d), out));
            return notSaved(WorkbenchMessages.executableModelDiffers(hazards.size()));
        }
        ExecutableModel.Build build = ExecutableModel.build(drl);
        if (!build.succeeded()) {
            build.errors().forEach(out::println);
            return notSaved(WorkbenchMessages.executableModelRefused(build.errors().size()));
        }
        RuleCaseRunner executable;
        try {
            // judged from the saved bytes reloaded, exactly as an audit will load them
            executable = new RuleCaseRunner(RuleBook.withBase(source, ExecutableModel.load(build.kjar()),
                    RuleBook.Origin.PRECOMPILED), loaded.formats());
        } catch (RuleBookException e) {
            e.diagnostics().forEach(d -> printer.print(Problem.error(d), out));
            return notSaved(WorkbenchMessages.executableModelRefused(e.diagnostics().size()));
        } catch (RuntimeException | LinkageError e) { // NOPMD: the saved bytes do not load back; Drools throws unchecked
            return notSaved(WorkbenchMessages.kjarDoesNotLoad(e.toString()));
        }
        if (!agree(selected, new RuleCaseRunner(loaded.book(), loaded.formats()), executable, caseRoot)) {
            return NOT_SAVED;
        }
        try {
            Path saved = store(outFolder, PrecompiledRules.resourceName(drl), build.kjar());
            out.println(WorkbenchMessages.compiled(loaded.book().rules().size(), selected.size(),
                    saved.toString().replace('\\', '/')));
            out.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            return writeFailed(e);
        }
    }

    /** Every case passes under classic and gives equal findings under the executable model. */
    private boolean agree(List<RuleCase> selected, RuleCaseRunner classic, RuleCaseRunner executable, Path caseRoot) {
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
            notSaved(WorkbenchMessages.casesMustPass(failed));
            return false;
        }
        if (!differences.isEmpty()) {
            notSaved(WorkbenchMessages.enginesDisagree(differences.size()));
            return false;
        }
        return true;
    }

    /** The out folder is the build's; a kjar from an earlier build must never be packed with these classes. */
    private static void removeEarlierKjars(Path outFolder) throws IOException {
        if (!Files.isDirectory(outFolder)) {
            return;
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(outFolder, "*.kjar")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
    }

    /** Written under a temporary name and renamed, so a killed build leaves no half-written kjar. */
    private static Path store(Path outFolder, String resourceName, byte[] kjar) throws IOException {
        Path folder = Files.createDirectories(outFolder);
        Path target = folder.resolve(resourceName.substring(resourceName.lastIndexOf('/') + 1));
        Path temporary = Files.createTempFile(folder, ".writing-", ".tmp");
        try {
            Files.write(temporary, kjar);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    private int writeFailed(IOException e) {
        out.println(WorkbenchMessages.writeFailed(String.valueOf(e.getMessage())));
        out.flush();
        return ExitCode.OUTPUT;
    }

    private int notSaved(String why) {
        out.println(why);
        out.println(WorkbenchMessages.notPrecompiled());
        out.flush();
        return NOT_SAVED;
    }
}
