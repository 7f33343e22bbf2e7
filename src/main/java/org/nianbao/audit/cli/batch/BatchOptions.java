package org.nianbao.audit.cli.batch;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.OutputFormat;

/**
 * How to run a batch. {@code failOn} null = never fail on findings. {@code rules} is only reported in
 * run.json. {@code inputs} are the PATH arguments as given: the outputs name them in their run context and
 * show each file relative to the one it was found in.
 */
public record BatchOptions(Path out, Set<OutputFormat> formats, int threads, Severity failOn, String rules,
                           List<String> inputs) {
    public BatchOptions {
        formats = formats.isEmpty() ? EnumSet.noneOf(OutputFormat.class) : EnumSet.copyOf(formats);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Options without the input folders named (tests). */
    public BatchOptions(Path out, Set<OutputFormat> formats, int threads, Severity failOn, String rules) {
        this(out, formats, threads, failOn, rules, List.of());
    }

    public boolean has(OutputFormat f) {
        return formats.contains(f);
    }
}
