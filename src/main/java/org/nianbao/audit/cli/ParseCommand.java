package org.nianbao.audit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.audit.cli.batch.InputWalker;
import org.nianbao.audit.engine.ParserFactory;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.template.TemplateFileException;
import org.nianbao.audit.engine.formats.FormatsFile;
import org.nianbao.audit.engine.formats.FormatsFileException;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.ingest.text.TemplateVocabulary;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.TemplateSchedule;
import org.nianbao.audit.parse.ReportParser;
import org.nianbao.audit.render.ModelJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parse PATH…}: the parsed model of each file (folders walked as audit does) as one JSON array on stdout. */
@Command(name = "parse", versionProvider = VersionProvider.class,
        synopsisHeading = CliMessages.SYNOPSIS_HEADING, commandListHeading = CliMessages.COMMANDS_HEADING,
        description = CliMessages.PARSE_DESCRIPTION)
final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = CliMessages.FILES)
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
        List<Path> inputs = inputs(new Ingestor(TemplateVocabulary.NONE));
        if (rules != null && !RulesSource.isBundledName(rules) && !Files.isDirectory(rules)) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.notAFolder(rules.toString()));
        }
        ParserFactory.Reading reading;
        try {
            reading = loadReading();
        } catch (RulesRejected e) {
            e.printTo(spec.commandLine().getErr());
            return ExitCode.RULES;
        }
        List<AnnualReport> reports = new ArrayList<>(inputs.size());
        for (Path f : inputs) {
            String source = f.toString().replace(java.io.File.separatorChar, '/');
            reports.add(reading.parser().parse(reading.ingestor().read(f, source)));
        }
        OutputStream out = new BufferedOutputStream(stdout);
        ModelJson.writeArray(reports, out);
        out.flush();
        return ExitCode.OK;
    }

    /** Files as given, folders walked as audit walks them (reports only, name order); a missing path is a usage error. */
    private List<Path> inputs(Ingestor ingestor) {
        try {
            List<Path> found = new InputWalker(null, ingestor::isSubmission).walk(files);
            if (found.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.noInputs());
            }
            return found;
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.missingPath(e.getFile()));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.readFailed(IoProblems.describe(e)));
        }
    }

    /** The scope, the required formats and the template are the rules' data: the same folder an audit would use. */
    private ParserFactory.Reading loadReading() throws RulesRejected {
        RulesSource source = RulesRejected.resolve(rules);
        TemplateSchedule formats;
        try {
            formats = FormatsFile.load(source);
        } catch (FormatsFileException e) {
            throw new RulesRejected(e.getMessage(), source.describe(), e.diagnostics(), e);
        }
        try {
            return ParserFactory.readerFor(source, formats);
        } catch (TemplateFileException e) {
            throw new RulesRejected(e.getMessage(), source.describe(), e.diagnostics(), e);
        }
    }
}
