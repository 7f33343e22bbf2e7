package org.nianbao.audit.cli.rules;

/**
 * Where on its source line a diagnostic's caret goes. Drools' columns are 0 for most DRL messages and
 * relative to the expression for MVEL ones, so the text the message quotes ("mismatched input 'then'",
 * "Unable to Analyse Expression numbr == 1", "The method getX(", "@basis") is looked up on the line first;
 * then a known column (1-based); else the first non-blank character.
 */
final class CaretPosition {
    private CaretPosition() {
    }

    /** 0-based index into {@code line}. */
    static int of(String line, String message, int column) {
        String anchor = anchor(message);
        if (anchor != null) {
            int at = line.indexOf(anchor);
            if (at < 0 && anchor.indexOf(' ') > 0) {
                at = line.indexOf(anchor.substring(0, anchor.indexOf(' ')));
            }
            if (at >= 0) {
                return at;
            }
        }
        if (column > 0 && column <= line.length()) {
            return column - 1;
        }
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i < line.length() ? i : 0;
    }

    private static String anchor(String message) {
        String expression = DroolsExplainer.analysedExpression(message);
        if (expression != null) {
            return expression;
        }
        String[][] quoted = {
            {"mismatched input '", "'"}, {"extraneous input '", "'"}, {"no viable alternative at input '", "'"},
            {"The method ", "("}, {"元数据 @", " "},
        };
        for (String[] q : quoted) {
            int i = message.indexOf(q[0]);
            if (i >= 0) {
                int start = i + q[0].length();
                int end = message.indexOf(q[1], start);
                if (end > start) {
                    String found = message.substring(start, end).strip();
                    return q[0].startsWith("元数据") ? "@" + found : found;
                }
            }
        }
        int unresolved = message.indexOf(" cannot be resolved");
        if (unresolved > 0) {
            int start = unresolved;
            while (start > 0 && Character.isJavaIdentifierPart(message.charAt(start - 1))) {
                start--;
            }
            return start < unresolved ? message.substring(start, unresolved) : null;
        }
        return null;
    }
}
