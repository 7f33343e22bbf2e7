package org.nianbao.audit.ingest.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one {@code w:p} as a reader of the printed page sees it: tracked changes accepted (insertions
 * and moved-to text kept, deletions and moved-from text dropped), fields shown as their result (a PAGE or
 * DATE field as the number or date Word last displayed, never the field code), hidden text left out, one
 * choice of each markup-compatibility alternative. A table of contents is left out too: it only repeats the
 * headings. Text boxes, footnote references and pictures met on the way are collected for the caller.
 *
 * <p>Complex fields may begin in one paragraph and end in another, so an instance follows one story (the
 * body, a text box, a note) from paragraph to paragraph.
 */
final class ParagraphText {
    /** A footnote or endnote reference met in the paragraph. */
    record NoteRef(boolean endnote, String id) {
    }

    /** What one paragraph holds. */
    record Content(String text, List<NoteRef> notes, List<Element> textBoxes, int images, boolean markDeleted) {
    }

    private static final class Field {
        final StringBuilder code = new StringBuilder();
        boolean showingResult;
        boolean hidden;
    }

    private final Deque<Field> fields = new ArrayDeque<>();

    private StringBuilder text;
    private List<NoteRef> notes;
    private List<Element> textBoxes;
    private int images;

    Content read(Element p) {
        text = new StringBuilder();
        notes = new ArrayList<>();
        textBoxes = new ArrayList<>();
        images = 0;
        inline(p);
        Element rPr = WordXml.child(WordXml.child(p, "pPr"), "rPr");
        boolean markDeleted = rPr != null && (WordXml.child(rPr, "del") != null || WordXml.child(rPr, "moveFrom") != null);
        return new Content(CjkJoin.joinLines(text.toString()), notes, textBoxes, images, markDeleted);
    }

    private void inline(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element e = (Element) n;
            if (WordXml.is(e, WordXml.MC, "AlternateContent")) {
                Element choice = WordXml.alternate(e);
                if (choice != null) {
                    inline(choice);
                }
                continue;
            }
            if (WordXml.is(e, WordXml.MATH, "oMath") || WordXml.is(e, WordXml.MATH, "oMathPara")) {
                math(e);
                continue;
            }
            if (!WordXml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "r" -> run(e);
                case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "dir", "bdo", "fldSimple" -> inline(e);
                case "sdt" -> {
                    Element content = WordXml.child(e, "sdtContent");
                    if (content != null) {
                        inline(content);
                    }
                }
                default -> {
                    // w:del, w:moveFrom (rejected by accepting changes), w:pPr, bookmarks, proofing marks
                }
            }
        }
    }

    private void run(Element r) {
        boolean hidden = WordXml.on(WordXml.child(r, "rPr"), "vanish");
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element e = (Element) n;
            if (WordXml.is(e, WordXml.MC, "AlternateContent")) {
                Element choice = WordXml.alternate(e);
                if (choice != null) {
                    run(choice);
                }
                continue;
            }
            if (!WordXml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> {
                    if (!hidden && visible()) {
                        text.append(WordXml.text(e));
                    }
                }
                case "instrText" -> {
                    if (!fields.isEmpty() && !fields.peek().showingResult) {
                        fields.peek().code.append(WordXml.text(e));
                    }
                }
                case "tab", "ptab" -> appendIfVisible(hidden, "\t");
                case "br", "cr" -> appendIfVisible(hidden, "\n");
                case "noBreakHyphen" -> appendIfVisible(hidden, "-");
                case "fldChar" -> fieldChar(WordXml.attr(e, "fldCharType"));
                case "footnoteReference" -> notes.add(new NoteRef(false, WordXml.attr(e, "id")));
                case "endnoteReference" -> notes.add(new NoteRef(true, WordXml.attr(e, "id")));
                case "drawing", "pict", "object" -> drawing(e);
                default -> {
                    // w:delText, w:rPr, w:lastRenderedPageBreak, w:footnoteRef, separators
                }
            }
        }
    }

    private void appendIfVisible(boolean hidden, String s) {
        if (!hidden && visible()) {
            text.append(s);
        }
    }

    private boolean visible() {
        for (Field f : fields) {
            if (!f.showingResult || f.hidden) {
                return false;
            }
        }
        return true;
    }

    private void fieldChar(String type) {
        if ("begin".equals(type)) {
            fields.push(new Field());
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            Field f = fields.peek();
            f.showingResult = true;
            f.hidden = f.code.toString().strip().toUpperCase(Locale.ROOT).startsWith("TOC");
        } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.pop();
        }
    }

    /** Text boxes and pictures inside a drawing, taking one choice of each alternative. */
    private void drawing(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element c = (Element) n;
            if (WordXml.is(c, WordXml.MC, "AlternateContent")) {
                Element choice = WordXml.alternate(c);
                if (choice != null) {
                    drawing(choice);
                }
            } else if (WordXml.isW(c, "txbxContent")) {
                if (visible()) {
                    textBoxes.add(c);
                }
            } else if (WordXml.is(c, WordXml.A, "blip") || WordXml.is(c, WordXml.VML, "imagedata")) {
                images++;
            } else {
                drawing(c);
            }
        }
    }

    private void math(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.is(n, WordXml.MATH, "t")) {
                if (visible()) {
                    text.append(WordXml.text(n));
                }
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                math((Element) n);
            }
        }
    }
}
