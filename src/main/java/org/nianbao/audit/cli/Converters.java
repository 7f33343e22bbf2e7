package org.nianbao.audit.cli;

import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.OutputFormat;
import picocli.CommandLine;

/** Option value converters; a bad value is a usage error (exit 2) with a Chinese message. */
final class Converters {
    private Converters() {
    }

    /** One --format name (picocli splits the list at commas). */
    static final class Format implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            OutputFormat f = OutputFormat.fromId(value);
            if (f == null) {
                throw new CommandLine.TypeConversionException(CliMessages.unknownFormat(value));
            }
            return f;
        }
    }

    /** A whole number ("abc" and "1.5" are usage errors in Chinese, not picocli's English). */
    static final class WholeNumber implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(CliMessages.notAnInteger(value));
            }
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
