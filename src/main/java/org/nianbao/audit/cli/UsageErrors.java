package org.nianbao.audit.cli;

import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Turns picocli's English parse errors into the Chinese message users read (exit code 2). */
final class UsageErrors {
    private UsageErrors() {
    }

    static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return CliMessages.unknownArgument(String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            if (m.getMissing().size() == 1 && m.getMissing().get(0) instanceof OptionSpec o) {
                return CliMessages.optionNeedsValue(o.longestName());
            }
            return CliMessages.missingArgument(m.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining("、")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return CliMessages.optionTwice(name(o.getOverwritten()));
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException t && e.getArgSpec() != null) {
            String detail = t.getMessage();
            return CliMessages.badValue(name(e.getArgSpec()), chinese(detail) ? detail : CliMessages.usageProblem());
        }
        // our own messages are Chinese; picocli's few remaining ones are English and stay behind --verbose
        return e.getMessage() != null && chinese(e.getMessage()) ? e.getMessage() : CliMessages.usageProblem();
    }

    /** picocli's own message, for --verbose, when {@link #message} replaced it. */
    static String detail(CommandLine.ParameterException e) {
        return e.getMessage() == null || chinese(e.getMessage()) ? null : e.getMessage();
    }

    private static boolean chinese(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return spec instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(spec);
    }
}
