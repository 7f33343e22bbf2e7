package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.parse.text.CompactView;

/**
 * Recognises a report body printed on one line, as site crawlers store it ("…至2025年12月31日。一、总体情况2025年，
 * …二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数…规章000行政规范性文件5845546…"), and cuts it into
 * the blocks a reader sees ({@link FlatBlocks}): the title, section headings ({@link InlineHeadings}), sub-heads and
 * sentences ({@link FlatParagraphs}), and the three tables ({@link FlatTableScanner}) as grids whose rows are a
 * printed label and the value text printed after it, untouched. Site furniture ({@link WebChrome}) is left out. Every
 * block's span is the line and the column where its text starts. Lines that are no such body come back as null.
 */
final class FlattenedBody {
    /** Below this length a line is a paragraph, never a whole report. */
    private static final int MIN_LENGTH = 200;
    private static final int MIN_HEADINGS = 3;
    private static final int MIN_PIECES = 3;
    /** A line holding a table alone: at least its header and a few rows. */
    private static final int MIN_TABLE_LINE = 60;
    private static final int MIN_ROWS = 3;
    /** Words only a statistics table prints (each starts with 第, 本, 申 or 结, see {@link #mayBeBody}). */
    private static final String[] TABLE_WORDS = {"第二十条", "本列数据", "申请人情况", "结果维持"};
    private static final String[] T1_ANCHORS = {"第二十条第(一)项", "第二十条第一项"};
    private static final String[] T2_ANCHORS = {"(本列数据", "本列数据的勾稽", "申请人情况", "一、本年新收政府信息公开申请数量"};
    private static final String T3_ANCHOR = "行政复议";
    private static final String[] T3_FOLLOWERS = {"行政诉讼", "未经复议", "复议后起诉", "结果维持"};
    private static final int T3_REACH = 40;


    private final InlineHeadings headings;
    private final FlatTableScanner tables;

    FlattenedBody(TemplateVocabulary vocabulary) {
        this.headings = new InlineHeadings(vocabulary);
        this.tables = new FlatTableScanner(vocabulary);
    }

    /**
     * The blocks of line {@code number}, leaving out the {@code furniture} ranges (original indices), or null
     * when the line is no flattened body and has no furniture to leave out.
     */
    List<Block> blocks(String line, int number, List<int[]> furniture) {
        if (furniture.isEmpty() && !mayBeBody(line)) {
            return null;
        }
        CompactView view = CompactView.of(line);
        String c = view.compact();
        List<InlineHeadings.Found> heads = headings.find(c);
        List<FlatTable> found = findTables(view, line, heads);
        if (heads.size() < MIN_HEADINGS) {
            // a line that is no report body may still hold a whole table: many rows with values, under its header
            found.removeIf(t -> !wholeTable(t, c));
        }
        boolean body = heads.size() >= MIN_HEADINGS || !found.isEmpty();
        if (!body && furniture.isEmpty()) {
            return null;
        }
        List<FlatBlocks.Segment> segments = new ArrayList<>();
        for (int[] f : furniture) {
            segments.add(new FlatBlocks.Segment(compactAt(view, f[0]), compactAt(view, f[1]), null));
        }
        if (body) {
            heads.forEach(h -> segments.add(new FlatBlocks.Segment(h.start(), h.end(), FlatBlocks.HEADING)));
            found.forEach(t -> segments.add(new FlatBlocks.Segment(t.start(), t.end(), t)));
        }
        segments.sort(Comparator.comparingInt(FlatBlocks.Segment::start));
        return new FlatBlocks(line, number, view).build(segments, body);
    }

    /** Cheap test before any copying: a long line with several "N、" numberings, or a line with a table's first words. */
    private static boolean mayBeBody(String line) {
        int n = line.length();
        if (n < MIN_TABLE_LINE) {
            return false;
        }
        // one pass over every line of every text file: only a few characters are looked at twice
        int numbered = 0;
        for (int i = 1; i < n; i++) {
            char c = line.charAt(i);
            if (c == '、') {
                char before = line.charAt(i - 1);
                numbered += before >= '一' && "一二三四五六".indexOf(before) >= 0 ? 1 : 0;
            } else if ((c == '第' || c == '本' || c == '申' || c == '结') && startsTable(line, i)) {
                return true;
            }
        }
        return n >= MIN_LENGTH && numbered >= MIN_HEADINGS;
    }

    private static boolean startsTable(String line, int i) {
        char c = line.charAt(i);
        for (String w : TABLE_WORDS) {
            // 本 and 第 are everywhere in running text: only the word that starts with this character is tried
            if (w.charAt(0) == c && line.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table standing alone on a line: at least {@link #MIN_ROWS} labelled rows with values and a header word among
     * its pieces (信息内容, 申请人情况, 结果维持 …), so that a sentence such as "行政复议0件、行政诉讼0件" is no table.
     */
    private boolean wholeTable(FlatTable t, String c) {
        long rows = t.pieces().stream().filter(p -> p.hasLabel() && p.hasValue()).count();
        boolean header = t.pieces().stream().anyMatch(p -> !p.hasValue() && p.hasLabel()
                && tables.isHeaderWord(t.kind(), c.substring(p.labelStart(), p.labelEnd())));
        return rows >= MIN_ROWS && header;
    }

    private List<FlatTable> findTables(CompactView view, String line, List<InlineHeadings.Found> heads) {
        String c = view.compact();
        List<FlatTable> out = new ArrayList<>(3);
        int from = endOf(heads, 2, 0);
        FlatTable t1 = firstTable(TableKind.T1, view, line, heads, from, i -> indexOfAny(c, T1_ANCHORS, i));
        if (t1 != null) {
            out.add(t1);
            from = t1.end();
        }
        FlatTable t2 = firstTable(TableKind.T2, view, line, heads, Math.max(from, endOf(heads, 3, from)),
                i -> indexOfAny(c, T2_ANCHORS, i));
        if (t2 != null) {
            out.add(t2);
            from = t2.end();
        }
        FlatTable t3 = firstTable(TableKind.T3, view, line, heads, Math.max(from, endOf(heads, 4, from)), i -> t3Anchor(c, i));
        if (t3 != null) {
            out.add(t3);
        }
        return out;
    }

    /**
     * The first table of {@code kind} at or after {@code from} within the section where its first anchor stands. A
     * sentence naming the table's words ("没有政府信息公开行政复议及行政诉讼情况。") is no table — a table has labels
     * and values — so the search goes on after it: crawlers glue the real header run to such a sentence.
     */
    private FlatTable firstTable(TableKind kind, CompactView view, String line, List<InlineHeadings.Found> heads, int from,
                                 IntUnaryOperator anchorFrom) {
        int anchor = anchorFrom.applyAsInt(from);
        int sectionEnd = anchor < 0 ? -1 : nextHeading(heads, anchor, view.compact().length());
        while (anchor >= 0 && anchor < sectionEnd) {
            FlatTable t = tables.scan(kind, view, line, anchor, sectionEnd);
            if (t.pieces().size() >= MIN_PIECES && t.pieces().stream().anyMatch(FlatTable.Piece::hasValue)) {
                return t;
            }
            anchor = anchorFrom.applyAsInt(Math.max(anchor + 1, t.end()));
        }
        return null;
    }

    /** "行政复议" as table 3's first header word: 行政诉讼 or the litigation groups follow closely. */
    private static int t3Anchor(String c, int from) {
        int i = c.indexOf(T3_ANCHOR, from);
        while (i >= 0) {
            int reach = Math.min(c.length(), i + T3_ANCHOR.length() + T3_REACH);
            for (int j = i + T3_ANCHOR.length(); j < reach; j++) {
                for (String f : T3_FOLLOWERS) {
                    if (c.startsWith(f, j)) {
                        return i; // searched within reach only: a long text full of 行政复议 stays linear
                    }
                }
            }
            i = c.indexOf(T3_ANCHOR, i + 1);
        }
        return -1;
    }

    private static int endOf(List<InlineHeadings.Found> heads, int section, int otherwise) {
        for (InlineHeadings.Found h : heads) {
            if (h.section() == section) {
                return h.end();
            }
        }
        return otherwise;
    }

    private static int nextHeading(List<InlineHeadings.Found> heads, int after, int otherwise) {
        for (InlineHeadings.Found h : heads) {
            if (h.start() > after) {
                return h.start();
            }
        }
        return otherwise;
    }

    private static int indexOfAny(String c, String[] words, int from) {
        int best = -1;
        for (String w : words) {
            int i = c.indexOf(w, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The first compact index whose character stands at or after original index {@code original}. */
    private static int compactAt(CompactView view, int original) {
        int lo = 0;
        int hi = view.compact().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (view.originalIndex(mid) < original) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
