package org.nianbao.audit.engine.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.nianbao.audit.engine.RuleDiagnostic;

/**
 * Compiles DRL text with the classic (non executable-model) builder, which gives the author's line
 * numbers. Every message is mapped back to the file as the author knows it (relative to the rules root),
 * with the rule it falls in.
 */
public final class DrlCompiler {
    /** Parser follow-up noise that only repeats that the file had a syntax error. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    /** @param drlFiles DRL text by path relative to the rules root */
    public Compilation compile(SortedMap<String, String> drlFiles) {
        Map<String, DrlOutline> outlines = DrlOutline.ofAll(drlFiles);
        KieServices ks = KieServices.Factory.get();
        KieProject project = new KieProject(ks, drlFiles, outlines);
        try {
            return KieProject.exclusively(() -> {
                KieBuilder builder = ks.newKieBuilder(project.files()).buildAll();
                List<RuleDiagnostic> errors = map(builder.getResults().getMessages(Message.Level.ERROR),
                        project.writtenAs(), outlines, drlFiles);
                if (!errors.isEmpty()) {
                    return new Compilation(null, errors, outlines);
                }
                ReleaseId id = builder.getKieModule().getReleaseId();
                KieBase base = ks.newKieContainer(id).getKieBase();
                ks.getRepository().removeKieModule(id);
                return new Compilation(base, List.of(), outlines);
            });
        } catch (Throwable e) { // NOPMD: Drools throws raw NPEs and parser exceptions out of buildAll
            return new Compilation(null, List.of(new RuleDiagnostic("", 0, 0, null, CompileMessages.buildCrashed(e))), outlines);
        }
    }

    private static List<RuleDiagnostic> map(List<Message> messages, Map<String, String> writtenAs,
                                            Map<String, DrlOutline> outlines, Map<String, String> sources) {
        List<RuleDiagnostic> out = new ArrayList<>();
        for (Message m : messages) {
            String file = authorFile(m.getPath(), writtenAs);
            String text = DroolsText.tidy(CompileMessages.flatten(m.getText()));
            DrlOutline outline = outlines.get(file);
            int[] at = DroolsText.lineAndColumn(text);
            int line = m.getLine() > 0 ? m.getLine() : at[0];
            int column = m.getColumn() > 0 ? m.getColumn() : at[1];
            String rule = DroolsText.ruleName(text);
            if (outline != null) {
                RuleDeclaration declared = rule != null ? outline.rule(rule).orElse(null) : outline.ruleAt(line).orElse(null);
                if (declared != null) {
                    rule = declared.name();
                    line = consequenceLine(text, line, declared, sources.get(file));
                }
            }
            out.add(new RuleDiagnostic(file, line, column, rule, text));
        }
        return dropParserNoise(out);
    }

    /**
     * Classic Drools points a consequence's Java error at the {@code rule} line. When the message names
     * the offending identifier, the line inside the rule that first uses it is where the author must look.
     */
    private static int consequenceLine(String text, int line, RuleDeclaration rule, String source) {
        String token = DroolsText.offendingIdentifier(text);
        if (token == null || source == null || line != rule.line()) {
            return line;
        }
        String[] lines = source.split("\n", -1);
        for (int n = rule.line() + 1; n <= Math.min(rule.endLine(), lines.length); n++) {
            if (lines[n - 1].contains(token)) {
                return n;
            }
        }
        return line;
    }

    private static String authorFile(String path, Map<String, String> writtenAs) {
        if (path == null) {
            return "";
        }
        String p = path.replace('\\', '/');
        String found = writtenAs.get(p.startsWith(KieProject.RESOURCES) ? p : KieProject.RESOURCES + p);
        return found != null ? found : p;
    }

    /** "Parser returned a null Package" adds nothing when the file's real syntax error is listed. */
    private static List<RuleDiagnostic> dropParserNoise(List<RuleDiagnostic> all) {
        List<RuleDiagnostic> kept = new ArrayList<>();
        for (RuleDiagnostic d : all) {
            boolean noise = d.message().contains(NULL_PACKAGE)
                    && all.stream().anyMatch(o -> o != d && o.file().equals(d.file()) && !o.message().contains(NULL_PACKAGE));
            if (!noise) {
                kept.add(d);
            }
        }
        return kept;
    }
}
