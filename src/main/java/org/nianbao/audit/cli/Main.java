package org.nianbao.audit.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.nianbao.audit.cli.rules.RulesCommand;
import picocli.CommandLine;

/** Entry point of the fat jar: builds the command tree and maps every outcome to an exit code. */
public final class Main {
    static final String VERBOSE = "--verbose";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, AuditorFactory.PIPELINE));
    }

    /** Runs one command line; the exit code is returned, never System.exit (tests call this). */
    public static int run(String[] args, AuditorFactory factory) {
        return commandLine(factory, System.out, System.err).execute(args);
    }

    static CommandLine commandLine(AuditorFactory factory, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.addSubcommand("audit", new AuditCommand(factory));
        cl.addSubcommand("parse", new ParseCommand(out));
        cl.addSubcommand("rules", new RulesCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(CliMessages.internalError());
            if (parsed.expandedArgs().contains(VERBOSE)) {
                cmd.getErr().println(CliMessages.verboseDetail(IoProblems.detail(e)));
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return ExitCode.OUTPUT;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(UsageErrors.message(e));
            String detail = UsageErrors.detail(e);
            if (detail != null && java.util.Arrays.asList(args).contains(VERBOSE)) {
                cmd.getErr().println(CliMessages.verboseDetail(detail));
            }
            cmd.getErr().println(CliMessages.seeHelp(cmd.getCommandSpec().qualifiedName()));
            cmd.getErr().flush();
            return ExitCode.USAGE;
        });
        return cl;
    }
}
