package org.nianbao.audit.cli.rules;

import org.nianbao.audit.engine.RuleDiagnostic;

/**
 * Puts a plain-Chinese gist in front of the Drools messages rule authors meet most (syntax error, unknown
 * field, undefined method, unresolved name), keeping Drools' own text after it for anyone who searches
 * the web for it. Also drops the generated class name Drools uses for a rule ("Rule_AR$u45$T2…"), which
 * means nothing to an author; the diagnostic names the rule anyway. Linear scans, no regex.
 */
final class DroolsExplainer {
    private static final String SEPARATOR = " —— Drools：";
    private static final String GENERATED_TYPE = " for the type Rule_";
    private static final String UNDEFINED_FOR = " is undefined for the type ";

    private DroolsExplainer() {
    }

    static RuleDiagnostic explain(RuleDiagnostic d) {
        String text = d.message();
        if (text.contains(SEPARATOR)) {
            return d;
        }
        String gist = gist(text);
        String cleaned = withoutGeneratedType(text);
        return gist == null && cleaned.equals(text) ? d
                : new RuleDiagnostic(d.file(), d.line(), d.column(), d.rule(), gist == null ? cleaned : gist + SEPARATOR + cleaned);
    }

    private static String gist(String text) {
        String near = quotedAfter(text, "mismatched input '");
        if (near == null) {
            near = quotedAfter(text, "extraneous input '");
        }
        if (near == null) {
            near = quotedAfter(text, "no viable alternative at input '");
        }
        if (near != null) {
            return WorkbenchMessages.syntaxHint(near);
        }
        String expression = analysedExpression(text);
        if (expression != null) {
            // MVEL analyses a whole mvel-dialect consequence as one expression: its statements end in ';'
            return expression.contains(";") ? WorkbenchMessages.badConsequence()
                    : WorkbenchMessages.unknownExpression(expression);
        }
        String method = between(text, "The method ", UNDEFINED_FOR);
        if (method != null) {
            String type = text.substring(text.indexOf(UNDEFINED_FOR) + UNDEFINED_FOR.length()).strip();
            return WorkbenchMessages.undefinedMethod(method, type.startsWith("Rule_") ? "本规则所在的包" : type);
        }
        int unresolved = text.indexOf(" cannot be resolved");
        if (unresolved > 0) {
            int start = unresolved;
            while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
                start--;
            }
            if (start < unresolved) {
                return WorkbenchMessages.unresolved(text.substring(start, unresolved));
            }
        }
        return null;
    }

    /**
     * The expression of "Unable to Analyse Expression X: [Error: …]" (or "X: was expecting…"); X may itself
     * hold colons (an MVEL map), so it ends at the colon that starts Drools' explanation.
     */
    static String analysedExpression(String text) {
        String prefix = "Unable to Analyse Expression ";
        int i = text.indexOf(prefix);
        if (i < 0) {
            return null;
        }
        int start = i + prefix.length();
        int end = -1;
        for (String explanation : new String[] {": [Error", ":[Error", ": was expecting", ": unable to"}) {
            int at = text.indexOf(explanation, start);
            if (at > start && (end < 0 || at < end)) {
                end = at;
            }
        }
        if (end < 0) {
            end = text.indexOf(':', start);
        }
        return end > start ? text.substring(start, end).strip() : null;
    }

    /** The token between {@code prefix} and the next quote; null when absent. */
    private static String quotedAfter(String text, String prefix) {
        return between(text, prefix, "'");
    }

    private static String between(String text, String prefix, String end) {
        int i = text.indexOf(prefix);
        if (i < 0) {
            return null;
        }
        int start = i + prefix.length();
        int stop = text.indexOf(end, start);
        return stop > start ? text.substring(start, stop) : null;
    }

    private static String withoutGeneratedType(String text) {
        int i = text.indexOf(GENERATED_TYPE);
        if (i < 0) {
            return text;
        }
        int end = i + GENERATED_TYPE.length();
        while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end)))) {
            end++;
        }
        return text.substring(0, i) + text.substring(end);
    }
}
