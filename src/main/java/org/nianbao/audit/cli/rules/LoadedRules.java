package org.nianbao.audit.cli.rules;

import java.io.PrintWriter;
import java.util.List;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RuleBookException;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.formats.FormatsFile;
import org.nianbao.audit.engine.formats.FormatsFileException;
import org.nianbao.audit.model.TemplateSchedule;

/** The compiled rule book and the formats schedule of one rules folder, as the case-running commands need them. */
record LoadedRules(RuleBook book, TemplateSchedule formats) {
    /** Loads both; on a problem prints every diagnostic and the rejection line and returns null (exit 3). */
    static LoadedRules load(RulesSource source, PrintWriter out) {
        try {
            RuleBook book = RuleBook.load(source);
            return new LoadedRules(book, FormatsFile.load(source));
        } catch (RuleBookException e) {
            return rejected(source, e.diagnostics(), out);
        } catch (FormatsFileException e) {
            return rejected(source, e.diagnostics(), out);
        }
    }

    private static LoadedRules rejected(RulesSource source, List<RuleDiagnostic> diagnostics, PrintWriter out) {
        DiagnosticPrinter printer = new DiagnosticPrinter(RulesOption.root(source), source.files());
        diagnostics.forEach(d -> printer.print(Problem.error(DroolsExplainer.explain(d)), out));
        out.println(WorkbenchMessages.rulesRejected(diagnostics.size()));
        out.flush();
        return null;
    }
}
