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
            return CliMessages.missingArgument(m.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining("、")));
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException t && e.getArgSpec() != null) {
            return CliMessages.badValue(name(e.getArgSpec()), t.getMessage());
        }
        return e.getMessage();
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return spec instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(spec);
    }
}
