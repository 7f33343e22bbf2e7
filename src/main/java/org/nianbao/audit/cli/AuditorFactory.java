package org.nianbao.audit.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.nianbao.audit.cli.batch.PipelineAuditor;
import org.nianbao.audit.cli.batch.ReportAuditor;
import org.nianbao.audit.engine.RuleBookException;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.session.RuleClock;

/** Builds the auditor once per run (compiling or loading the rules); tests substitute a fake. */
@FunctionalInterface
public interface AuditorFactory {
    /**
     * What to load: {@code rulesDir} the --rules folder (or "bundled"), null for ./rules or the bundled copy;
     * {@code compileDrl} compile the DRL even when these are the rules the build precompiled into the jar
     * ({@code --compile-rules}); {@code timeLimit} per report for the rules ({@code --time-limit}).
     */
    record Request(Path rulesDir, boolean compileDrl, Duration timeLimit) {
        public Request(Path rulesDir) {
            this(rulesDir, false, RuleClock.DEFAULT_LIMIT);
        }
    }

    /**
     * An auditor, the rules location it uses (reported in run.json), and what the console should say about
     * the rules before the batch starts (rules other than the bundled ones are announced).
     */
    record Loaded(ReportAuditor auditor, String rulesLocation, List<String> notices) {
        public Loaded {
            notices = List.copyOf(notices);
        }

        public Loaded(ReportAuditor auditor, String rulesLocation) {
            this(auditor, rulesLocation, List.of());
        }
    }

    Loaded create(Request request) throws RulesRejected;

    /** As an audit with default options does. */
    default Loaded create(Path rulesDir) throws RulesRejected {
        return create(new Request(rulesDir));
    }

    /** The real pipeline: rules resolved as --rules, else ./rules when it is a rule set, else the bundled copy. */
    AuditorFactory PIPELINE = request -> {
        RulesSource source = RulesRejected.resolve(request.rulesDir());
        String where = source.describe();
        String root = where.endsWith("/") ? where : where + "/";
        try {
            PipelineAuditor auditor = PipelineAuditor.load(source, !request.compileDrl(), request.timeLimit());
            return new Loaded(auditor, where, RulesNotice.of(source, auditor.rules().size(), request.rulesDir()));
        } catch (RuleBookException e) {
            throw new RulesRejected(e.getMessage(), root, e.diagnostics(), e.cascade(), e);
        } catch (RuntimeException e) {
            throw new RulesRejected(String.valueOf(e.getMessage()), root, List.of(), e);
        }
    };
}
