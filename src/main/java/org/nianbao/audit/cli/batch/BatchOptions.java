package org.nianbao.audit.cli.batch;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.OutputFormat;

/**
 * How to run a batch. {@code failOn} null = never fail on findings. {@code rules} is only reported in
 * run.json.
 */
public record BatchOptions(Path out, Set<OutputFormat> formats, int threads, Severity failOn, String rules) {
    public BatchOptions {
        formats = formats.isEmpty() ? EnumSet.noneOf(OutputFormat.class) : EnumSet.copyOf(formats);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public boolean has(OutputFormat f) {
        return formats.contains(f);
    }
}
