package org.nianbao.audit.model;

/**
 * Something the parser had to guess or could not read. Problems are part of the model: rules turn them
 * into findings with the right origin (an extraction problem never counts against the agency).
 */
public final class ParseProblem implements Quotable {
    private final ProblemCode code;
    private final Origin origin;
    private final String detail;
    private final int line;
    private final String evidence;
    private final TableKind table;
    private final String rowKey;
    private final int section;

    public ParseProblem(ProblemCode code, Origin origin, String detail, int line, String evidence,
                        TableKind table, String rowKey) {
        this(code, origin, detail, line, evidence, table, rowKey, 0);
    }

    private ParseProblem(ProblemCode code, Origin origin, String detail, int line, String evidence,
                         TableKind table, String rowKey, int section) {
        this.section = section;
        this.code = code;
        this.origin = origin;
        this.detail = detail == null ? "" : detail;
        this.line = line;
        this.evidence = evidence == null ? "" : evidence;
        this.table = table;
        this.rowKey = rowKey;
    }

    public static ParseProblem of(ProblemCode code, String detail, int line, String evidence) {
        return new ParseProblem(code, code.origin(), detail, line, evidence, null, null);
    }

    /** A problem about one of the six sections (1–6). */
    public static ParseProblem inSection(ProblemCode code, String detail, int line, String evidence, int section) {
        return new ParseProblem(code, code.origin(), detail, line, evidence, null, null, section);
    }

    public static ParseProblem inTable(ProblemCode code, String detail, int line, String evidence,
                                       TableKind table, String rowKey) {
        return new ParseProblem(code, code.origin(), detail, line, evidence, table, rowKey);
    }

    public ProblemCode getCode() { return code; }
    public Origin getOrigin() { return origin; }
    /** Chinese description of what exactly was found (filled in by the parser's message catalogue). */
    public String getDetail() { return detail; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return evidence; }
    public TableKind getTable() { return table; }
    public String getRowKey() { return rowKey; }
    /** The section (1–6) the problem is about, 0 when it is about no one section. */
    public int getSection() { return section; }
}
