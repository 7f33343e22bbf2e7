package org.nianbao.audit.cli.rules;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.nianbao.audit.cli.ExitCode;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RuleInfo;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.cases.RuleCase;
import org.nianbao.audit.engine.cases.RuleCaseException;
import org.nianbao.audit.engine.cases.RuleCaseLoader;
import org.nianbao.audit.engine.cases.RuleCaseResult;
import org.nianbao.audit.engine.cases.RuleCaseRunner;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.cli.CliMessages;
import org.nianbao.audit.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rules test [ID…]}: the rule cases through the real pipeline, no Maven. One line per case, then
 * exactly {@code N passed, N failed}. Exit 0 all passed, 1 a case failed (or none ran), 3 rules rejected.
 */
@Command(name = "test", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = WorkbenchMessages.TEST_DESCRIPTION,
        exitCodeListHeading = CliMessages.EXIT_CODES_HEADING, exitCodeList = {
            WorkbenchMessages.TEST_EXIT_0, WorkbenchMessages.TEST_EXIT_1, WorkbenchMessages.USAGE_EXIT_2,
            WorkbenchMessages.TEST_EXIT_3})
final class TestCommand implements Callable<Integer> {
    /** A case failed, or there was none to run: nothing was proven. */
    static final int CASES_FAILED = 1;

    @Mixin
    HelpOptions help;

    @Parameters(arity = "0..*", paramLabel = "ID", description = WorkbenchMessages.IDS)
    List<String> ids = new ArrayList<>();

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
        LoadedRules loaded = LoadedRules.load(source, out);
        if (loaded == null) {
            return ExitCode.RULES;
        }
        RuleBook book = loaded.book();
        TemplateSchedule formats = loaded.formats();
        Set<String> wanted = new LinkedHashSet<>(ids);
        List<String> unknown = wanted.stream().filter(id -> book.rules().stream().map(RuleInfo::id).noneMatch(id::equals)).toList();
        if (!unknown.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, WorkbenchMessages.unknownIds(unknown));
        }
        List<RuleCase> selected;
        try {
            selected = Files.isDirectory(caseRoot) ? RuleCaseLoader.load(caseRoot, wanted) : List.of();
        } catch (RuleCaseException e) {
            out.println(WorkbenchMessages.caseLayout(e.getMessage()));
            out.println(WorkbenchMessages.casesSummary(0, 0));
            out.flush();
            return CASES_FAILED;
        }
        RuleCaseRunner runner = new RuleCaseRunner(book, formats);
        List<RuleCaseResult> results = new ArrayList<>(selected.size());
        for (RuleCase c : selected) { // one line as each case finishes: a long run shows progress
            RuleCaseResult result = runner.run(c);
            results.add(result);
            out.println(CaseLine.of(result, caseRoot));
            out.flush();
        }
        if (results.isEmpty()) {
            out.println(WorkbenchMessages.noCases(ShownPath.folder(caseRoot)));
        }
        int passed = (int) results.stream().filter(RuleCaseResult::passed).count();
        out.println(WorkbenchMessages.casesSummary(passed, results.size() - passed));
        out.flush();
        return !results.isEmpty() && passed == results.size() ? ExitCode.OK : CASES_FAILED;
    }
}
