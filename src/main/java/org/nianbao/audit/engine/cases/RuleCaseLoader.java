package org.nianbao.audit.engine.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the rule cases a rule author keeps as data:
 * <pre>
 * fixtures/rules/&lt;RULE-ID&gt;/fires/&lt;name&gt;.txt     the rule must fire on this input
 * fixtures/rules/&lt;RULE-ID&gt;/passes/&lt;name&gt;.txt    the rule must not fire
 * fixtures/rules/&lt;RULE-ID&gt;/…/&lt;name&gt;.expect       optional: "fires: ID, ID" and "not: ID" lines
 * fixtures/rules/&lt;RULE-ID&gt;/…/&lt;name&gt;.history/     optional: other reports (earlier years, other agencies)
 *                                                 audited in the same batch, so history rules have a past
 * </pre>
 * Other files directly under the root or a rule folder (a README) are ignored; anything else inside
 * fires/ or passes/ is a layout error, so a misnamed case never silently stops running.
 */
public final class RuleCaseLoader {
    private static final String CASE_SUFFIX = ".txt";
    private static final String SIDECAR_SUFFIX = ".expect";

    private RuleCaseLoader() {
    }

    /** All cases below {@code root}, sorted by rule id, kind and file name. */
    public static List<RuleCase> load(Path root) {
        List<RuleCase> cases = new ArrayList<>();
        for (Path ruleDir : children(root)) {
            if (!Files.isDirectory(ruleDir)) {
                continue;
            }
            String ruleId = ruleDir.getFileName().toString();
            for (CaseKind kind : CaseKind.values()) {
                Path dir = ruleDir.resolve(kind.folder());
                if (Files.isDirectory(dir)) {
                    readKind(ruleId, kind, dir, cases);
                }
            }
        }
        cases.sort(Comparator.comparing(RuleCase::ruleId).thenComparing(RuleCase::kind)
                .thenComparing(c -> c.file().getFileName().toString()));
        return List.copyOf(cases);
    }

    /** The cases of the given rules only (all cases when {@code ruleIds} is empty). */
    public static List<RuleCase> load(Path root, Set<String> ruleIds) {
        List<RuleCase> all = load(root);
        return ruleIds.isEmpty() ? all : all.stream().filter(c -> ruleIds.contains(c.ruleId())).toList();
    }

    private static void readKind(String ruleId, CaseKind kind, Path dir, List<RuleCase> out) {
        for (Path file : children(dir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(SIDECAR_SUFFIX)) {
                Path input = file.resolveSibling(name.substring(0, name.length() - SIDECAR_SUFFIX.length()) + CASE_SUFFIX);
                if (!Files.isRegularFile(input)) {
                    throw new RuleCaseException(CaseMessages.strayFile(file));
                }
                continue;
            }
            if (name.endsWith(RuleCase.HISTORY_SUFFIX) && Files.isDirectory(file)) {
                Path input = file.resolveSibling(name.substring(0, name.length() - RuleCase.HISTORY_SUFFIX.length()) + CASE_SUFFIX);
                if (!Files.isRegularFile(input)) {
                    throw new RuleCaseException(CaseMessages.strayFile(file));
                }
                continue;
            }
            if (!name.endsWith(CASE_SUFFIX) || !Files.isRegularFile(file)) {
                throw new RuleCaseException(CaseMessages.strayFile(file));
            }
            Set<String> fires = new LinkedHashSet<>();
            Set<String> not = new LinkedHashSet<>();
            Path sidecar = file.resolveSibling(name.substring(0, name.length() - CASE_SUFFIX.length()) + SIDECAR_SUFFIX);
            if (Files.isRegularFile(sidecar)) {
                readSidecar(sidecar, fires, not);
            }
            out.add(new RuleCase(ruleId, kind, file, fires, not));
        }
    }

    /** "fires: A, B" / "not: C" lines; blank lines and lines starting with # are comments. */
    private static void readSidecar(Path sidecar, Set<String> fires, Set<String> not) {
        List<String> lines;
        try {
            lines = Files.readAllLines(sidecar, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleCaseException(CaseMessages.unreadable(sidecar, e), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            Set<String> target = switch (key) {
                case "fires" -> fires;
                case "not" -> not;
                default -> throw new RuleCaseException(CaseMessages.badSidecar(sidecar, i + 1, line));
            };
            for (String id : line.substring(colon + 1).split("[,，]")) {
                if (!id.isBlank()) {
                    target.add(id.strip());
                }
            }
        }
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new RuleCaseException(CaseMessages.unreadable(dir, e), e);
        }
    }
}
