package org.nianbao.audit.engine.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a DRL file declares, read from its text without Drools: the package and each rule with its line,
 * its {@code end} line and the annotations between the header and {@code when}. Drools' own messages
 * do not name the rule of an RHS error and the compiled metadata no longer shows whether a value was
 * quoted, so both questions are answered here. Linear scan; comments and string literals are skipped.
 */
public final class DrlOutline {
    private final String file;
    private final String packageName;
    private final List<RuleDeclaration> rules;

    private DrlOutline(String file, String packageName, List<RuleDeclaration> rules) {
        this.file = file;
        this.packageName = packageName;
        this.rules = List.copyOf(rules);
    }

    /** @param file path relative to the rules root, e.g. "arithmetic/table2.drl" */
    public static DrlOutline of(String file, String text) {
        return new Scanner(file, text).scan();
    }

    /** The outline of every file, in the files' order (path relative to the rules root → text). */
    public static Map<String, DrlOutline> ofAll(SortedMap<String, String> drlFiles) {
        Map<String, DrlOutline> outlines = new LinkedHashMap<>();
        drlFiles.forEach((path, text) -> outlines.put(path, of(path, text)));
        return outlines;
    }

    public String file() { return file; }
    /** The declared package, "" when the file declares none. */
    public String packageName() { return packageName; }
    public List<RuleDeclaration> rules() { return rules; }

    /** The rule whose block holds {@code line}. */
    public Optional<RuleDeclaration> ruleAt(int line) {
        return rules.stream().filter(r -> r.covers(line)).findFirst();
    }

    public Optional<RuleDeclaration> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Tokeniser over the DRL text that tracks line numbers and ignores comments and strings. */
    private static final class Scanner {
        private final String file;
        private final String text;
        private int pos;
        private int line = 1;
        private String packageName = "";
        private final List<RuleDeclaration> rules = new ArrayList<>();

        Scanner(String file, String text) {
            this.file = file;
            this.text = text;
        }

        DrlOutline scan() {
            while (skipToWord()) {
                int wordLine = line;
                String word = readWord();
                if (word.equals("package") && packageName.isEmpty() && rules.isEmpty()) {
                    packageName = readQualifiedName();
                } else if (word.equals("rule") && atLineStartOf(wordLine)) {
                    rules.add(readRule(wordLine));
                }
            }
            return new DrlOutline(file, packageName, rules);
        }

        private RuleDeclaration readRule(int ruleLine) {
            String name = readRuleName();
            List<AnnotationValue> annotations = new ArrayList<>();
            boolean inBody = false;
            int whenLine = 0;
            int thenLine = 0;
            while (pos < text.length()) {
                skipBlankAndComments();
                if (pos >= text.length()) {
                    break;
                }
                char c = text.charAt(pos);
                if (!inBody && c == '@') {
                    pos++;
                    annotations.add(readAnnotation());
                } else if (Character.isJavaIdentifierStart(c)) {
                    int wordLine = line;
                    String word = readWord();
                    if (word.equals("when") && whenLine == 0 && thenLine == 0) {
                        whenLine = wordLine;
                        inBody = true;
                    } else if (word.equals("then") && thenLine == 0) {
                        thenLine = wordLine;
                        inBody = true;
                    } else if (word.equals("end") && inBody && atLineStartOf(wordLine) && restOfLineBlank()) {
                        return new RuleDeclaration(name, ruleLine, whenLine, thenLine, wordLine, annotations);
                    }
                } else if (c == '"' || c == '\'') {
                    readString();
                } else {
                    advance();
                }
            }
            return new RuleDeclaration(name, ruleLine, whenLine, thenLine, line, annotations);
        }

        private AnnotationValue readAnnotation() {
            int at = line;
            String name = readWord();
            skipBlankAndComments();
            if (pos >= text.length() || text.charAt(pos) != '(') {
                return new AnnotationValue(name, null, false, at);
            }
            advance();
            skipBlankAndComments();
            if (pos < text.length() && text.charAt(pos) == '"') {
                String value = readString();
                skipBlankAndComments();
                boolean closed = pos < text.length() && text.charAt(pos) == ')';
                if (closed) {
                    advance();
                    return new AnnotationValue(name, value, true, at);
                }
                return new AnnotationValue(name, value + readUntilClose(), false, at);
            }
            return new AnnotationValue(name, readUntilClose().strip(), false, at);
        }

        /** Raw text up to the matching ')' (strings inside are kept), consuming the ')'. */
        private String readUntilClose() {
            StringBuilder raw = new StringBuilder();
            int depth = 1;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"') {
                    raw.append('"').append(readString()).append('"');
                    continue;
                }
                advance();
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
                raw.append(c);
            }
            return raw.toString();
        }

        private String readRuleName() {
            skipBlankAndComments();
            if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
                return readString();
            }
            return readWord();
        }

        private String readQualifiedName() {
            skipBlankAndComments();
            int start = pos;
            while (pos < text.length() && (Character.isJavaIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        /** Reads a quoted literal starting at the quote; returns its content with escapes resolved. */
        private String readString() {
            char quote = text.charAt(pos);
            advance();
            StringBuilder value = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                advance();
                if (c == '\\' && pos < text.length()) {
                    value.append(unescape(text.charAt(pos)));
                    advance();
                } else if (c == quote || c == '\n') {
                    break;
                } else {
                    value.append(c);
                }
            }
            return value.toString();
        }

        private static char unescape(char c) {
            return switch (c) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> c;
            };
        }

        /** Moves to the next identifier start outside comments and strings; false at the end. */
        private boolean skipToWord() {
            while (pos < text.length()) {
                skipBlankAndComments();
                if (pos >= text.length()) {
                    return false;
                }
                char c = text.charAt(pos);
                if (Character.isJavaIdentifierStart(c)) {
                    if (pos > 0 && Character.isJavaIdentifierPart(text.charAt(pos - 1))) {
                        readWord();
                        continue;
                    }
                    return true;
                }
                if (c == '"' || c == '\'') {
                    readString();
                } else {
                    advance();
                }
            }
            return false;
        }

        private void skipBlankAndComments() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c)) {
                    advance();
                } else if (text.startsWith("//", pos) || c == '#') {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (text.startsWith("/*", pos)) {
                    int close = text.indexOf("*/", pos + 2);
                    int stop = close < 0 ? text.length() : close + 2;
                    while (pos < stop) {
                        advance();
                    }
                } else {
                    return;
                }
            }
        }

        private String readWord() {
            int start = pos;
            while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        /** True when only blanks precede the word on its line: {@code rule}/{@code end} as keywords, not identifiers. */
        private boolean atLineStartOf(int wordLine) {
            int i = pos - 1;
            while (i >= 0 && Character.isJavaIdentifierPart(text.charAt(i))) {
                i--;
            }
            while (i >= 0 && text.charAt(i) != '\n') {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
                i--;
            }
            return wordLine > 0;
        }

        private boolean restOfLineBlank() {
            int i = pos;
            while (i < text.length() && text.charAt(i) != '\n') {
                char c = text.charAt(i);
                if (text.startsWith("//", i)) {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
                i++;
            }
            return true;
        }

        private void advance() {
            if (text.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
    }
}
