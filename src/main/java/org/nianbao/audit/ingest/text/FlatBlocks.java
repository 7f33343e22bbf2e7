package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.parse.text.CompactView;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Turns the segments of one flattened line (headings, tables, furniture) into blocks in reading order; the text
 * between segments becomes titles (at the very start of the body), sub-heads and sentences ({@link FlatParagraphs}).
 * Every block carries the line and the column where its printed text starts.
 */
final class FlatBlocks {
    /** A part of the line [start, end) in compact indices: a heading ({@link #HEADING}), a table, or furniture (null). */
    record Segment(int start, int end, Object what) {
    }

    static final Object HEADING = new Object();
    /** A title is short: "…年度报告" further in is a sentence citing one. */
    private static final int MAX_TITLE = 70;

    private final String line;
    private final int number;
    private final CompactView view;
    private final String c;
    private final FlatParagraphs paragraphs = new FlatParagraphs();
    private final List<Block> out = new ArrayList<>();

    FlatBlocks(String line, int number, CompactView view) {
        this.line = line;
        this.number = number;
        this.view = view;
        this.c = view.compact();
    }

    List<Block> build(List<Segment> segments, boolean body) {
        int pos = 0;
        boolean beforeFirstHeading = true;
        for (Segment s : segments) {
            if (s.start() < pos) {
                continue; // overlaps what is already placed (furniture inside a title)
            }
            text(pos, s.start(), beforeFirstHeading, body);
            if (s.what() == HEADING) {
                beforeFirstHeading = false;
                paragraphs.newSection();
                out.add(TextBlock.heading(original(s.start(), s.end()), span(s.start())));
            } else if (s.what() instanceof FlatTable t) {
                out.add(new TableBlock(grid(t), span(t.start())));
            }
            pos = Math.max(pos, s.end());
        }
        text(pos, c.length(), beforeFirstHeading, body);
        return out;
    }

    /** Running text [from, to): titles at the very start of the body, then sub-heads and sentences. */
    private void text(int from, int to, boolean beforeFirstHeading, boolean body) {
        int start = from;
        while (beforeFirstHeading && start < to) {
            int end = titleEnd(start, to);
            if (end < 0) {
                break;
            }
            out.add(TextBlock.heading(original(start, end), span(start)));
            start = end;
        }
        if (start >= to) {
            return;
        }
        if (!body) {
            out.add(TextBlock.paragraph(original(start, to), span(start)));
            return;
        }
        for (int[] r : paragraphs.cut(c, start, to, this::spaceBefore)) {
            String text = original(r[0], r[1]);
            if (!text.isEmpty()) {
                out.add(TextBlock.paragraph(text, span(r[0])));
            }
        }
    }

    /** End of a title "…年度报告" opening [from, to), or -1: no sentence, quotation or clause before it. */
    private int titleEnd(int from, int to) {
        int limit = Math.min(to, from + MAX_TITLE);
        int at = c.indexOf("年度报告", from);
        if (at < 0 || at + 4 > limit || c.startsWith("本报告", from) || c.startsWith("根据", from)) {
            return -1;
        }
        for (int i = from; i < at; i++) {
            if ("。，,;；《:：".indexOf(c.charAt(i)) >= 0) {
                return -1;
            }
        }
        int end = at + 4;
        if (c.startsWith("(全文)", end)) {
            end += 4;
        }
        return end;
    }

    private Grid grid(FlatTable t) {
        List<List<GridCell>> rows = new ArrayList<>();
        boolean oneColumn = t.kind() == TableKind.T3;
        for (FlatTable.Piece p : t.pieces()) {
            GridCell label = p.hasLabel() ? cell(p.labelStart(), p.labelEnd()) : GridCell.of("", span(p.valueStart()));
            GridCell value = p.hasValue() ? cell(p.valueStart(), p.valueEnd()) : GridCell.of("", SourceSpan.NONE);
            if (oneColumn) {
                // table 3's header words and its value run in reading order, as a one-cell-per-line table prints them
                if (p.hasLabel()) {
                    rows.add(List.of(label));
                }
                if (p.hasValue()) {
                    rows.add(List.of(value));
                }
            } else {
                rows.add(List.of(label, value));
            }
        }
        return new Grid(rows);
    }

    /** The printed text has white space right before compact character {@code i}. */
    private boolean spaceBefore(int i) {
        int at = view.originalIndex(i);
        return at > 0 && Normalizer.isSpace(line.charAt(at - 1));
    }

    private GridCell cell(int from, int to) {
        return GridCell.of(original(from, to), span(from));
    }

    /** The printed text behind compact [from, to), closing quotes right after it included, trimmed. */
    private String original(int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = view.originalIndex(from);
        int end = view.originalEnd(to);
        while (end < line.length() && "”’」』\"'".indexOf(line.charAt(end)) >= 0) {
            end++;
        }
        return strip(line.substring(start, end));
    }

    private SourceSpan span(int compactIndex) {
        int i = compactIndex < c.length() ? view.originalIndex(compactIndex) : line.length();
        return SourceSpan.textLine(number, i + 1);
    }

    private static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && Normalizer.isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && Normalizer.isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
