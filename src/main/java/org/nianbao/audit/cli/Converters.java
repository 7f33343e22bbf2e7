package org.nianbao.audit.cli;

import java.util.EnumSet;
import java.util.Set;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.OutputFormat;
import picocli.CommandLine;

/** Option value converters; a bad value is a usage error (exit 2) with a Chinese message. */
final class Converters {
    private Converters() {
    }

    /** "json,html" → the formats; duplicates are harmless. */
    static final class Formats implements CommandLine.ITypeConverter<Set<OutputFormat>> {
        @Override
        public Set<OutputFormat> convert(String value) {
            Set<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
            for (String part : value.split(",", -1)) {
                OutputFormat f = OutputFormat.fromId(part);
                if (f == null) {
                    throw new CommandLine.TypeConversionException(CliMessages.unknownFormat(part));
                }
                set.add(f);
            }
            return set;
        }
    }

    static final class FailOn implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            Severity s = Severity.fromId(value.strip().toLowerCase(java.util.Locale.ROOT));
            if (s == null) {
                throw new CommandLine.TypeConversionException(CliMessages.unknownSeverity(value));
            }
            return s;
        }
    }
}
