package org.nianbao.audit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.formats.FormatsFile;
import org.nianbao.audit.engine.formats.FormatsFileException;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.parse.ReportParser;
import org.nianbao.audit.render.ModelJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parse FILE…}: the parsed model of each file as one JSON array on stdout. */
@Command(name = "parse", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = CliMessages.PARSE_DESCRIPTION)
final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = CliMessages.FILES)
    List<Path> files;

    @Option(names = "--rules", paramLabel = "DIR", description = CliMessages.PARSE_RULES)
    Path rules;

    @CommandLine.Mixin
    StandardOptions standard;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final OutputStream stdout;

    ParseCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.missingPath(f.toString()));
            }
        }
        if (rules != null && !RulesSource.isBundledName(rules) && !Files.isDirectory(rules)) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.notAFolder(rules.toString()));
        }
        TemplateSchedule formats;
        try {
            formats = loadFormats();
        } catch (RulesRejected e) {
            e.printTo(spec.commandLine().getErr());
            return ExitCode.RULES;
        }
        Ingestor ingestor = new Ingestor();
        ReportParser parser = new ReportParser(formats);
        List<AnnualReport> reports = new ArrayList<>(files.size());
        for (Path f : files) {
            String source = f.toString().replace(java.io.File.separatorChar, '/');
            reports.add(parser.parse(ingestor.read(f, source)));
        }
        OutputStream out = new BufferedOutputStream(stdout);
        ModelJson.writeArray(reports, out);
        out.flush();
        return ExitCode.OK;
    }

    /** The required template and the scope are the rules' data: the same folder an audit would use. */
    private TemplateSchedule loadFormats() throws RulesRejected {
        RulesSource source = RulesRejected.resolve(rules);
        try {
            return FormatsFile.load(source);
        } catch (FormatsFileException e) {
            throw new RulesRejected(e.getMessage(), source.describe(), e.diagnostics(), e);
        }
    }
}
