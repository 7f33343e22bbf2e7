package org.nianbao.audit.engine.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RuleInfo;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;

/**
 * Our own contract on top of what Drools accepts: every rule carries quoted {@code @id}, {@code @title},
 * {@code @severity}, {@code @category} and {@code @basis}, severity and category come from the allowed
 * sets, and ids are unique across all packages (Drools only checks rule names within one package).
 * Works on the DRL text, so it also runs for files that do not compile.
 */
public final class MetadataContract {
    public static final List<String> REQUIRED = List.of("id", "title", "severity", "category", "basis");
    private static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Severity::id).toList();
    private static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Category::id).toList();

    /** Checks every rule of {@code outlines}; the catalogue holds the rules that passed, sorted by id. */
    public Result check(Collection<DrlOutline> outlines) {
        List<RuleDiagnostic> problems = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, Located> ids = new HashMap<>();
        List<DrlOutline> ordered = outlines.stream().sorted(Comparator.comparing(DrlOutline::file)).toList();
        for (DrlOutline outline : ordered) {
            for (RuleDeclaration rule : outline.rules()) {
                int before = problems.size();
                checkRule(outline, rule, problems);
                String id = rule.annotation("id").map(AnnotationValue::value).orElse(null);
                if (id != null && !id.isBlank()) {
                    Located first = ids.putIfAbsent(id, new Located(outline.file(), rule));
                    if (first != null) {
                        problems.add(at(outline, rule, rule.line(),
                                CompileMessages.duplicateId(id, first.file(), first.rule().line(), first.rule().name())));
                    }
                }
                if (problems.size() == before) {
                    rules.add(info(outline, rule));
                }
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::id));
        return new Result(problems, rules);
    }

    /** Every compiled rule must be one the text scan found, or its metadata went unchecked. */
    public List<RuleDiagnostic> crossCheck(KieBase base, Collection<DrlOutline> outlines) {
        List<RuleDiagnostic> problems = new ArrayList<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                boolean known = outlines.stream().anyMatch(o -> o.packageName().equals(pkg.getName())
                        && o.rule(rule.getName()).isPresent());
                if (!known) {
                    problems.add(new RuleDiagnostic("", 0, 0, rule.getName(), CompileMessages.notFoundInSource(rule.getName())));
                }
            }
        }
        return problems;
    }

    private static void checkRule(DrlOutline outline, RuleDeclaration rule, List<RuleDiagnostic> problems) {
        for (String key : REQUIRED) {
            Optional<AnnotationValue> a = rule.annotation(key);
            if (a.isEmpty()) {
                problems.add(at(outline, rule, rule.line(), CompileMessages.missingMetadata(key)));
            }
        }
        for (AnnotationValue a : rule.annotations()) {
            if (a.value() == null || isDroolsAnnotation(a.name())) {
                continue;
            }
            if (!a.quoted()) {
                problems.add(at(outline, rule, a.line(), CompileMessages.unquoted(a.name(), a.value())));
            } else if (a.value().isBlank() && REQUIRED.contains(a.name())) {
                problems.add(at(outline, rule, a.line(), CompileMessages.emptyMetadata(a.name())));
            }
        }
        checkAllowed(outline, rule, "severity", SEVERITIES, problems);
        checkAllowed(outline, rule, "category", CATEGORIES, problems);
    }

    /** Drools' own rule annotations (@Propagation(IMMEDIATE), @Eager(true)) are capitalised and take bare values. */
    private static boolean isDroolsAnnotation(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    private static void checkAllowed(DrlOutline outline, RuleDeclaration rule, String key, List<String> allowed,
                                     List<RuleDiagnostic> problems) {
        rule.annotation(key).filter(a -> a.quoted() && !a.value().isBlank() && !allowed.contains(a.value()))
                .ifPresent(a -> problems.add(at(outline, rule, a.line(), CompileMessages.badValue(key, a.value(), allowed))));
    }

    private static RuleInfo info(DrlOutline outline, RuleDeclaration rule) {
        return new RuleInfo(value(rule, "id"), value(rule, "title"), Severity.fromId(value(rule, "severity")),
                Category.fromId(value(rule, "category")), value(rule, "basis"), outline.file(), rule.line(),
                outline.packageName(), rule.name());
    }

    private static String value(RuleDeclaration rule, String key) {
        return rule.annotation(key).map(AnnotationValue::value).orElse(null);
    }

    private static RuleDiagnostic at(DrlOutline outline, RuleDeclaration rule, int line, String message) {
        return new RuleDiagnostic(outline.file(), line, 0, rule.name(), message);
    }

    private record Located(String file, RuleDeclaration rule) {
    }

    /** Contract problems and the catalogue of rules that keep it. */
    public record Result(List<RuleDiagnostic> diagnostics, List<RuleInfo> rules) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
            rules = List.copyOf(rules);
        }
    }
}
