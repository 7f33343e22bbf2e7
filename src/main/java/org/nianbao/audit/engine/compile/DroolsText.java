package org.nianbao.audit.engine.compile;

/** Reads what Drools' message texts say about where: "Line 22:5" and {@code in rule "name"}. Linear scans, no regex. */
final class DroolsText {
    private DroolsText() {
    }

    /**
     * Drops MVEL's "[Near : {... x ....}]" echo and its lone caret: they point into a flattened
     * expression, not at the author's source line, and only confuse once the text is on one line.
     */
    static String tidy(String flat) {
        String t = flat;
        int near = t.indexOf("[Near : {");
        if (near >= 0) {
            int end = t.indexOf("}]", near);
            if (end > 0) {
                t = t.substring(0, near) + t.substring(end + 2);
            }
        }
        return CompileMessages.flatten(t.replace(" ^ ", " "));
    }

    /** {line, column} from a "Line L:C" or "[Line: L, Column: C]" fragment; zeros when absent. */
    static int[] lineAndColumn(String text) {
        int i = text.indexOf("Line ");
        if (i >= 0) {
            int[] lc = numbers(text, i + 5);
            if (lc[0] > 0) {
                return lc;
            }
        }
        i = text.indexOf("[Line: ");
        if (i >= 0) {
            return numbers(text, i + 7);
        }
        return new int[] {0, 0};
    }

    /** The rule named by {@code in rule "X"} or {@code rule "X"}, null when the text names none. */
    static String ruleName(String text) {
        int i = text.indexOf("in rule \"");
        int start = i >= 0 ? i + 9 : -1;
        if (start < 0) {
            i = text.indexOf("Rule \"");
            start = i >= 0 ? i + 6 : -1;
        }
        if (start < 0) {
            return null;
        }
        int end = text.indexOf('"', start);
        return end > start ? text.substring(start, end) : null;
    }

    /**
     * The identifier an ECJ message complains about: "The method getX() is undefined…" or
     * "x cannot be resolved…"; null for other messages.
     */
    static String offendingIdentifier(String text) {
        int i = text.indexOf("The method ");
        if (i >= 0) {
            int start = i + 11;
            int end = text.indexOf('(', start);
            return end > start ? text.substring(start, end) + "(" : null;
        }
        i = text.indexOf(" cannot be resolved");
        if (i > 0) {
            int start = i;
            while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
                start--;
            }
            return start < i ? text.substring(start, i) : null;
        }
        return null;
    }

    private static int[] numbers(String text, int from) {
        int[] out = new int[2];
        int k = 0;
        int i = from;
        while (k < 2 && i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            out[k++] = Integer.parseInt(text.substring(start, Math.min(i, start + 9)));
            while (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == ',' || text.charAt(i) == ' '
                    || Character.isLetter(text.charAt(i)))) {
                if (Character.isLetter(text.charAt(i)) && !text.startsWith("Column", i)) {
                    return out;
                }
                i += text.startsWith("Column", i) ? 6 : 1;
            }
        }
        return out;
    }
}
