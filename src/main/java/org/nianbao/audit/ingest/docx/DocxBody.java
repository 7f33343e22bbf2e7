package org.nianbao.audit.ingest.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.SourceSpan;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body of a Word document as blocks in reading order: one block per non-empty paragraph (headings marked,
 * automatic numbering printed in front of the text), one per table, the paragraphs and tables of text boxes
 * right after the paragraph they are anchored to, and each footnote right after the paragraph or table that
 * refers to it ("注1：…", where a reader of the page finds it under the same page), endnotes at the end
 * ("尾注1：…", where Word prints them). Headers and footers are running page chrome and are not read.
 * Paragraphs are numbered 1, 2, … in that order and tables likewise, which is what evidence locations cite.
 * One instance reads one document.
 */
final class DocxBody {
    /** Where a story's paragraphs and tables go: the document's blocks, or the text of one table cell. */
    private interface Sink {
        void paragraph(String text, boolean heading);

        void table(Element tbl, ParagraphText story);
    }

    private final ParagraphStyles styles;
    private final NumberingLabels numbering;
    private final Map<String, Element> footnotes;
    private final Map<String, Element> endnotes;
    private final List<Block> blocks = new ArrayList<>();
    private final List<ParagraphText.NoteRef> pendingNotes = new ArrayList<>();
    private final List<String> endnoteRefs = new ArrayList<>();
    private final Sink top = new DocumentSink();
    private int paragraphs;
    private int tables;
    private int images;
    private int footnoteNumber;

    DocxBody(WordParts parts) {
        this.styles = new ParagraphStyles(parts.styles);
        this.numbering = new NumberingLabels(parts.numbering);
        this.footnotes = parts.footnotes;
        this.endnotes = parts.endnotes;
    }

    /** Reads the body element ({@code w:body}) into blocks. */
    List<Block> read(Element body) {
        story(body, top, new ParagraphText());
        flushNotes();
        int n = 0;
        for (String id : endnoteRefs) {
            String text = noteText(endnotes.get(id));
            if (!text.isBlank()) {
                addParagraph("尾注" + (++n) + "：" + text, false);
            }
        }
        return blocks;
    }

    /** Pictures met in the body (a body of pictures and no text is a scan or a screenshot). */
    int images() {
        return images;
    }

    private void story(Node container, Sink sink, ParagraphText story) {
        StringBuilder carry = new StringBuilder();
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element e = (Element) n;
            if (WordXml.is(e, WordXml.MC, "AlternateContent")) {
                Element choice = WordXml.alternate(e);
                if (choice != null) {
                    story(choice, sink, story);
                }
                continue;
            }
            if (!WordXml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> paragraph(e, sink, story, carry);
                case "tbl" -> sink.table(e, story);
                case "sdt" -> {
                    Element content = WordXml.child(e, "sdtContent");
                    if (content != null) {
                        story(content, sink, story);
                    }
                }
                case "customXml", "ins", "moveTo" -> story(e, sink, story);
                default -> {
                    // w:sectPr, w:del, w:moveFrom, bookmarks
                }
            }
        }
        if (!carry.isEmpty()) {
            sink.paragraph(carry.toString(), false);
        }
    }

    private void paragraph(Element p, Sink sink, ParagraphText story, StringBuilder carry) {
        ParagraphText.Content c = story.read(p);
        images += c.images();
        pendingNotes.addAll(c.notes());
        if (c.markDeleted()) {
            // accepting the deletion of a paragraph mark joins this paragraph with the next one
            carry.append(c.text());
        } else {
            Element pPr = WordXml.child(p, "pPr");
            String styleId = WordXml.childVal(pPr, "pStyle");
            String label = label(pPr, styleId);
            String text = carry + c.text();
            carry.setLength(0);
            if (!text.isBlank()) {
                sink.paragraph(label + text, heading(pPr, styleId));
            }
        }
        for (Element box : c.textBoxes()) {
            story(box, sink, new ParagraphText());
        }
    }

    private boolean heading(Element pPr, String styleId) {
        String outline = WordXml.childVal(pPr, "outlineLvl");
        if (outline != null) {
            return ParagraphStyles.outlineHeading(outline) > 0;
        }
        return styles.headingLevel(styleId) > 0;
    }

    /** The automatic number of a paragraph, from its own numbering properties or its style's. */
    private String label(Element pPr, String styleId) {
        Element numPr = WordXml.child(pPr, "numPr");
        String numId;
        int ilvl;
        if (numPr != null && WordXml.child(numPr, "numId") != null) {
            numId = WordXml.childVal(numPr, "numId");
            ilvl = WordXml.intVal(WordXml.childVal(numPr, "ilvl"), 0);
        } else {
            ParagraphStyles.NumberingRef ref = styles.numbering(styleId);
            if (ref == null) {
                return "";
            }
            numId = ref.numId();
            ilvl = ref.ilvl() >= 0 ? ref.ilvl() : numbering.levelOfStyle(numId, styleId);
            if (numPr != null && WordXml.child(numPr, "ilvl") != null) {
                ilvl = WordXml.intVal(WordXml.childVal(numPr, "ilvl"), ilvl);
            }
        }
        return numId == null || numId.equals("0") ? "" : numbering.next(numId, ilvl);
    }

    private String cellText(Element tc, ParagraphText story) {
        CellSink cell = new CellSink();
        story(tc, cell, story);
        return CjkJoin.join(cell.pieces);
    }

    private String noteText(Element note) {
        if (note == null) {
            return "";
        }
        CellSink sink = new CellSink();
        story(note, sink, new ParagraphText());
        return CjkJoin.join(sink.pieces);
    }

    private void addParagraph(String text, boolean heading) {
        SourceSpan span = SourceSpan.paragraph(0, ++paragraphs);
        blocks.add(heading ? TextBlock.heading(text, span) : TextBlock.paragraph(text, span));
    }

    private void flushNotes() {
        if (pendingNotes.isEmpty()) {
            return;
        }
        List<ParagraphText.NoteRef> refs = new ArrayList<>(pendingNotes);
        pendingNotes.clear();
        for (ParagraphText.NoteRef ref : refs) {
            if (ref.endnote()) {
                endnoteRefs.add(ref.id());
                continue;
            }
            String text = noteText(footnotes.get(ref.id()));
            if (!text.isBlank()) {
                addParagraph("注" + (++footnoteNumber) + "：" + text, false);
            }
        }
    }

    /** Blocks of the document itself. */
    private final class DocumentSink implements Sink {
        @Override
        public void paragraph(String text, boolean heading) {
            if (text.isBlank()) {
                return;
            }
            addParagraph(text.strip(), heading);
            flushNotes();
        }

        @Override
        public void table(Element tbl, ParagraphText story) {
            TableLayout layout = new TableLayout(tbl);
            if (layout.isFrame()) {
                for (Element tc : layout.cells()) {
                    story(tc, this, story);
                }
                return;
            }
            int index = ++tables;
            Grid grid = layout.grid(index, tc -> cellText(tc, story));
            blocks.add(new TableBlock(grid, SourceSpan.tableCell(0, index, 0, 0)));
            flushNotes();
        }
    }

    /** The text of one cell (or note): paragraphs joined, a nested table's cells row by row. */
    private final class CellSink implements Sink {
        final List<String> pieces = new ArrayList<>();

        @Override
        public void paragraph(String text, boolean heading) {
            pieces.add(text);
        }

        @Override
        public void table(Element tbl, ParagraphText story) {
            TableLayout layout = new TableLayout(tbl);
            if (layout.isFrame()) {
                for (Element tc : layout.cells()) {
                    story(tc, this, story);
                }
                return;
            }
            Grid grid = layout.grid(0, tc -> cellText(tc, story));
            for (List<GridCell> row : grid.rows()) {
                for (GridCell cell : row) {
                    if (!cell.spanCopy() && !cell.blank()) {
                        pieces.add(cell.text());
                    }
                }
            }
        }
    }
}
