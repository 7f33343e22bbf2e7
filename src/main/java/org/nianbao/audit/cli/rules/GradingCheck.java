package org.nianbao.audit.cli.rules;

import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.grade.GradingPolicyException;

/**
 * The grading policy lives in the rules folder and is edited by the same authors, so {@code rules check}
 * loads it as an audit would and reports its problem at the line of the key it names.
 */
final class GradingCheck {
    private static final String FILE = "grading.properties";

    private GradingCheck() {
    }

    static List<RuleDiagnostic> check(RulesSource source) {
        try {
            GradingPolicy.load(source);
            return List.of();
        } catch (GradingPolicyException e) {
            String message = String.valueOf(e.getMessage());
            String text = source.files().get(FILE);
            // a missing file has no place to point at; the message names it
            return List.of(new RuleDiagnostic(text == null ? "" : FILE, lineOfKey(text, message), 0, null, message));
        }
    }

    /** The first "key=value" line whose key the message names; 0 when none does. */
    private static int lineOfKey(String text, String message) {
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0 && message.contains(" " + line.substring(0, eq).strip() + " ")) {
                return i + 1;
            }
        }
        return 0;
    }
}
