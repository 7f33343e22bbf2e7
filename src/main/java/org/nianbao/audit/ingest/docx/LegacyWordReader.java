package org.nianbao.audit.ingest.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.ingest.IngestMessages;
import org.nianbao.audit.model.SourceSpan;

/**
 * Word 97–2003 binary documents (.doc, and .wps saved in the same format) with POI's HWPF: paragraphs with
 * deleted and hidden text dropped, field codes replaced by their results, automatic list numbers computed
 * (the same formats as numbering.xml, see {@link NumberFormats}), heading styles and outline levels, and
 * tables laid on a grid rebuilt from the cells' edges (a .doc has no grid: a merged header is simply a wider
 * cell) with vertical merges expanded. Footnotes follow the paragraph or table citing them, as in a .docx;
 * text boxes and endnotes follow the body (a .doc keeps them in stories whose anchors HWPF does not expose).
 */
final class LegacyWordReader {
    static final String FORMAT = "doc";
    /** MSONFC codes in order: the same list (and order) as OOXML's ST_NumberFormat. */
    private static final String[] NFC = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
        "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo",
        "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};
    private static final int NFC_NONE = 255;
    private static final int SLIVER_TWIPS = 25;

    private final HWPFDocument doc;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Integer, int[]> counters = new HashMap<>();
    private final java.util.TreeMap<Integer, String> footnotes = new java.util.TreeMap<>();
    private int paragraphs;
    private int tables;
    private int footnoteNumber;

    private LegacyWordReader(HWPFDocument doc) {
        this.doc = doc;
    }

    static Document read(POIFSFileSystem fs, String source, long size) {
        try {
            HWPFDocument doc = new HWPFDocument(fs.getRoot());
            LegacyWordReader reader = new LegacyWordReader(doc);
            reader.footnotes();
            reader.body(doc.getRange());
            reader.appendix(doc.getMainTextboxRange(), "");
            reader.appendix(doc.getEndnoteRange(), "尾注");
            if (reader.blocks.isEmpty()) {
                int pictures = doc.getPicturesTable().getAllPictures().size();
                return Document.failed(source, FORMAT, size,
                        pictures > 0 ? IngestMessages.wordImagesOnly(pictures) : IngestMessages.wordNoText());
            }
            return new Document(source, FORMAT, null, size, reader.blocks, facts(doc), null, List.of());
        } catch (EncryptedDocumentException e) {
            return Document.failed(source, FORMAT, size, IngestMessages.wordEncrypted());
        } catch (OldWordFileFormatException e) {
            return Document.failed(source, FORMAT, size, IngestMessages.saveAsDocxOrPdf("Word 6.0/95 格式的文档"));
        } catch (IOException | RuntimeException e) {
            return Document.failed(source, FORMAT, size,
                    IngestMessages.wordDamaged("Word 97–2003 文档结构损坏（" + DocxPackageReader.describe(e) + "）"));
        }
    }

    private void body(Range range) {
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = range.getTable(p);
                int index = ++tables;
                blocks.add(new TableBlock(grid(t, index), SourceSpan.tableCell(0, index, 0, 0)));
                i += Math.max(t.numParagraphs(), 1) - 1;
                notesWithin(t.getStartOffset(), t.getEndOffset());
                continue;
            }
            String label = label(p);
            String text = text(p);
            if (!text.isBlank()) {
                SourceSpan span = SourceSpan.paragraph(0, ++paragraphs);
                String full = label + text;
                blocks.add(heading(p) ? TextBlock.heading(full, span) : TextBlock.paragraph(full, span));
            }
            notesWithin(p.getStartOffset(), p.getEndOffset());
        }
    }

    /** Footnote texts by the position of their reference in the main text (a .doc keeps them in a story of their own). */
    private void footnotes() {
        Range range = doc.getFootnoteRange();
        Notes notes = doc.getFootnotes();
        if (range == null || notes == null) {
            return;
        }
        for (int i = 0; i < notes.getNotesCount(); i++) {
            int start = range.getStartOffset() + notes.getNoteTextStartOffset(i);
            int end = range.getStartOffset() + notes.getNoteTextEndOffset(i);
            if (end <= start || end > range.getEndOffset()) {
                continue;
            }
            Range note = new Range(start, end, doc);
            List<String> pieces = new ArrayList<>();
            for (int k = 0; k < note.numParagraphs(); k++) {
                pieces.add(text(note.getParagraph(k)));
            }
            footnotes.put(notes.getNoteAnchorPosition(i), CjkJoin.join(pieces));
        }
    }

    /** Footnotes cited between two text positions, right after the paragraph or table citing them. */
    private void notesWithin(int start, int end) {
        for (Map.Entry<Integer, String> note : footnotes.subMap(start, end).entrySet()) {
            if (!note.getValue().isBlank()) {
                blocks.add(TextBlock.paragraph("注" + (++footnoteNumber) + "：" + note.getValue(),
                        SourceSpan.paragraph(0, ++paragraphs)));
            }
        }
    }

    /** Text boxes, footnotes and endnotes live in ranges of their own: their paragraphs follow the body. */
    private void appendix(Range range, String prefix) {
        if (range == null) {
            return;
        }
        int number = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            String text = text(range.getParagraph(i));
            if (!text.isBlank()) {
                String shown = prefix.isEmpty() ? text : prefix + (++number) + "：" + text;
                blocks.add(TextBlock.paragraph(shown, SourceSpan.paragraph(0, ++paragraphs)));
            }
        }
    }

    private boolean heading(Paragraph p) {
        int outline = p.getLvl();
        if (outline >= 0 && outline < ParagraphStyles.HEADING_LEVELS) {
            return true;
        }
        StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String name = style == null || style.getName() == null ? "" : style.getName().strip().toLowerCase(Locale.ROOT);
        return name.matches("(heading|标题)\\s*[1-3]") || name.equals("title") || name.equals("标题");
    }

    /** The list number Word shows before the paragraph; level placeholders are the characters U+0000–U+0008. */
    private String label(Paragraph p) {
        if (!p.isInList() || p.getIlfo() == 0) {
            return "";
        }
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return "";
        }
        int ilvl = Math.max(0, Math.min(8, p.getIlvl()));
        int[] c = counters.computeIfAbsent(list.getLsid(), k -> new int[9]);
        for (int d = ilvl + 1; d < 9; d++) {
            c[d] = 0;
        }
        c[ilvl] = c[ilvl] == 0 ? list.getStartAt((char) ilvl) : c[ilvl] + 1;
        String pattern = list.getNumberText((char) ilvl);
        int format = list.getNumberFormat((char) ilvl);
        if (pattern == null || format == NFC_NONE || "bullet".equals(nfc(format))) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch < 9) {
                int value = c[ch] == 0 ? list.getStartAt(ch) : c[ch];
                sb.append(NumberFormats.format(nfc(list.getNumberFormat(ch)), value));
            } else {
                sb.append(ch);
            }
        }
        String label = sb.toString().strip();
        return !label.isEmpty() && Character.isLetterOrDigit(label.charAt(label.length() - 1)) ? label + " " : label;
    }

    private static String nfc(int code) {
        return code >= 0 && code < NFC.length ? NFC[code] : "decimal";
    }

    private Grid grid(Table t, int index) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        // edges a twip or two apart are one border drawn twice (see TableLayout's slivers)
        List<Integer> columns = new ArrayList<>();
        for (int edge : edges) {
            if (columns.isEmpty() || edge - columns.get(columns.size() - 1) >= SLIVER_TWIPS) {
                columns.add(edge);
            }
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<GridCell> out = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int first = nearest(columns, cell.getLeftEdge());
                int last = nearest(columns, cell.getLeftEdge() + cell.getWidth());
                if (last <= first) {
                    continue;
                }
                while (out.size() < first) {
                    out.add(GridCell.MISSING);
                }
                int col = out.size();
                GridCell placed;
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && r > 0 && col < rows.get(r - 1).size()
                        && rows.get(r - 1).get(col) != GridCell.MISSING) {
                    GridCell above = rows.get(r - 1).get(col);
                    placed = new GridCell(above.text(), above.span(), true);
                } else if (cell.isMerged() && !cell.isFirstMerged() && !out.isEmpty()) {
                    GridCell left = out.get(out.size() - 1);
                    placed = new GridCell(left.text(), left.span(), true);
                } else {
                    placed = GridCell.of(cellText(cell), SourceSpan.tableCell(0, index, r + 1, col + 1));
                }
                out.add(placed);
                for (int k = col + 1; k < last; k++) {
                    out.add(new GridCell(placed.text(), placed.span(), true));
                }
            }
            rows.add(out);
        }
        return new Grid(rows);
    }

    private static int nearest(List<Integer> columns, int edge) {
        int best = 0;
        for (int i = 1; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - edge) < Math.abs(columns.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    private String cellText(TableCell cell) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            Paragraph p = cell.getParagraph(i);
            pieces.add(label(p) + text(p));
        }
        return CjkJoin.join(pieces);
    }

    /** A paragraph's visible text: field results only, deleted and hidden runs dropped, marks removed. */
    private static String text(Range p) {
        StringBuilder sb = new StringBuilder();
        List<StringBuilder> fieldCodes = new ArrayList<>();
        List<Boolean> showing = new ArrayList<>();
        for (int k = 0; k < p.numCharacterRuns(); k++) {
            CharacterRun run = p.getCharacterRun(k);
            boolean dropped = run.isMarkedDeleted() || run.isVanished();
            String t = run.text();
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch == 0x13) {
                    fieldCodes.add(new StringBuilder());
                    showing.add(false);
                } else if (ch == 0x14 && !showing.isEmpty()) {
                    int top = showing.size() - 1;
                    showing.set(top, !fieldCodes.get(top).toString().strip().toUpperCase(Locale.ROOT).startsWith("TOC"));
                } else if (ch == 0x15 && !showing.isEmpty()) {
                    fieldCodes.remove(fieldCodes.size() - 1);
                    showing.remove(showing.size() - 1);
                } else if (!showing.isEmpty() && !showing.get(showing.size() - 1)) {
                    fieldCodes.get(fieldCodes.size() - 1).append(ch);
                } else if (!dropped && !showing.contains(false)) {
                    if (ch == '\t') {
                        sb.append(ch);
                    } else if (ch == 0x0B || ch == '\r' || ch == 0x07 || ch == 0x0C) {
                        sb.append('\n');
                    } else if (ch >= 0x20) {
                        sb.append(ch);
                    }
                }
            }
        }
        return CjkJoin.joinLines(sb.toString());
    }

    private static PageFacts facts(HWPFDocument doc) {
        String title = doc.getSummaryInformation() == null ? null : doc.getSummaryInformation().getTitle();
        if (title == null || title.isBlank()) {
            return PageFacts.NONE;
        }
        String t = title.strip();
        return new PageFacts(new PageFacts.Field(t, "文档属性·标题：" + t, SourceSpan.NONE), null, null, null, null);
    }
}
