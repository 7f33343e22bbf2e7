package org.nianbao.audit.cli;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.audit.cli.batch.PipelineAuditor;
import org.nianbao.audit.cli.batch.ReportAuditor;
import org.nianbao.audit.engine.RuleBookException;
import org.nianbao.audit.engine.RulesSource;

/** Builds the auditor once per run (compiling or loading the rules); tests substitute a fake. */
@FunctionalInterface
public interface AuditorFactory {
    /** An auditor and the rules location it uses (reported in run.json). */
    record Loaded(ReportAuditor auditor, String rulesLocation) {
    }

    /**
     * @param rulesDir   the --rules folder, or null
     * @param compileDrl compile the DRL even when these are the rules the build precompiled into the jar
     *                   ({@code --compile-rules})
     */
    Loaded create(Path rulesDir, boolean compileDrl) throws RulesRejected;

    /** As an audit without {@code --compile-rules} does. */
    default Loaded create(Path rulesDir) throws RulesRejected {
        return create(rulesDir, false);
    }

    /** The real pipeline: rules resolved as --rules, else ./rules, else the bundled copy. */
    AuditorFactory PIPELINE = (rulesDir, compileDrl) -> {
        RulesSource source = RulesRejected.resolve(rulesDir);
        String where = source.describe();
        String root = where.endsWith("/") ? where : where + "/";
        try {
            return new Loaded(PipelineAuditor.load(source, !compileDrl), where);
        } catch (RuleBookException e) {
            throw new RulesRejected(e.getMessage(), root, e.diagnostics(), e.cascade(), e);
        } catch (RuntimeException e) {
            throw new RulesRejected(String.valueOf(e.getMessage()), root, List.of(), e);
        }
    };
}
