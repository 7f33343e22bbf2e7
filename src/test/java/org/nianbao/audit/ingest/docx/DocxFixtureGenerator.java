package org.nianbao.audit.ingest.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Builds the committed DOCX fixtures the way agencies' Word files are made: section headings whose "一、" and
 * "（一）" come from Word's automatic numbering (numbering.xml; the heading text carries no number), the
 * template tables with gridSpan and vMerge, a text box (DrawingML with a VML fallback holding the same
 * text), a footnote, a page-number footer, tracked changes and a field. The narrative text is taken line by
 * line from the layout fixtures, so each DOCX is the same report as its text twin.
 *
 * <p>Run {@code main} (or {@link DocxFixturesTest}'s reproduction check) after changing it; the hostile files
 * come from {@link HostileDocx}.
 */
public final class DocxFixtureGenerator {
    static final Path DIR = Path.of("fixtures", "docx");
    static final Path REPORT_2021 = DIR.resolve("2021_word_numbered.docx");
    static final Path REPORT_2019 = DIR.resolve("2019_word_numbered.docx");

    private static final Pattern PART = Pattern.compile("^([一二三四五六])、(.+)$");
    private static final Pattern SUB = Pattern.compile("^（([一二三四五六七八九十]+)）(.+)$");
    private static final String W = "xmlns:w=\"" + WordXml.W + "\"";
    /** Parse an element's content into an existing object (set() copies content, not the element itself). */
    private static final org.apache.xmlbeans.XmlOptions CONTENT_ONLY = new org.apache.xmlbeans.XmlOptions()
            .setLoadReplaceDocumentElement(null);

    /** How one variant writes its headings: style ids and names as Word or WPS name them, number formats. */
    private record Flavour(String partStyle, String partName, String subStyle, String subName, String counting,
                           boolean numberedByStyle, boolean signatureBox) {
    }

    private static final Flavour WORD = new Flavour("Heading1", "heading 1", "Heading2", "heading 2", "chineseCounting", false, true);
    /** Numbered by style, as WPS does; no signature box (after its 六 "无。" a signature would be content). */
    private static final Flavour WPS = new Flavour("2", "标题 1", "3", "标题 2", "chineseCountingThousand", true, false);

    private DocxFixtureGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DIR);
        Files.write(REPORT_2021, report2021());
        Files.write(REPORT_2019, report2019());
        HostileDocx.writeAll(report2021());
    }

    /** fixtures/layouts/2021_pipes.md as Word writes it. */
    static byte[] report2021() throws IOException, XmlException {
        List<String> lines = Files.readAllLines(Path.of("fixtures/layouts/2021_pipes.md"), StandardCharsets.UTF_8);
        List<String> narrative = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("|")) {
                if (!narrative.isEmpty() && !narrative.get(narrative.size() - 1).startsWith("\u0000")) {
                    narrative.add("\u0000table");
                }
            } else if (!line.isBlank()) {
                narrative.add(line);
            }
        }
        return build(narrative, WORD, List.of(ReportTables.table1of2021(), ReportTables.table2(true), ReportTables.table3()));
    }

    /** fixtures/layouts/2019_cells_tab.txt (one cell per line) as a Word file of the 2019 template. */
    static byte[] report2019() throws IOException, XmlException {
        List<String> lines = Files.readAllLines(Path.of("fixtures/layouts/2019_cells_tab.txt"), StandardCharsets.UTF_8);
        List<String> narrative = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (PART.matcher(line).matches()) {
                inTable = false;
            } else if (line.startsWith("\t")) {
                if (!inTable) {
                    narrative.add("\u0000table");
                }
                inTable = true;
            }
            if (!inTable && !line.isBlank()) {
                narrative.add(line);
            }
        }
        return build(narrative, WPS, List.of(ReportTables.table1of2019(), ReportTables.table2(false), ReportTables.table3()));
    }

    private static byte[] build(List<String> narrative, Flavour f, List<String> tables) throws IOException, XmlException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc, f);
            String numId = numbering(doc, f);
            doc.getProperties().getCoreProperties().setTitle(narrative.get(0));
            doc.getProperties().getCoreProperties().setCreator("Administrator");
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
            footer.createParagraph().getCTP().set(CTP.Factory.parse(pageField(), CONTENT_ONLY));
            doc.createFootnotes();
            int table = 0;
            boolean title = true;
            for (int i = 0; i < narrative.size(); i++) {
                String line = narrative.get(i);
                if (line.equals("\u0000table")) {
                    doc.createTable().getCTTbl().set(CTTbl.Factory.parse(tables.get(table++), CONTENT_ONLY));
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                Matcher part = PART.matcher(line);
                Matcher sub = SUB.matcher(line);
                if (title) {
                    p.setStyle("Title");
                    p.createRun().setText(line);
                    title = false;
                } else if (part.matches()) {
                    heading(p, f.partStyle(), f.numberedByStyle() ? null : numId, 0, part.group(2));
                } else if (sub.matches()) {
                    heading(p, f.subStyle(), numId, 1, sub.group(2));
                } else if (line.startsWith("本报告依据")) {
                    p.getCTP().set(CTP.Factory.parse(trackedPreface(line), CONTENT_ONLY));
                    XWPFFootnote note = doc.createFootnote();
                    note.createParagraph().createRun().setText("本报告中所列数据的统计期限自" + year(line) + "年1月1日起至"
                            + year(line) + "年12月31日止。");
                    p.addFootnoteReference(note);
                } else {
                    p.createRun().setText(line);
                }
                if (f.signatureBox() && i == narrative.size() - 1) {
                    XWPFParagraph anchor = doc.createParagraph();
                    anchor.getCTP().set(CTP.Factory.parse(textBoxParagraph(narrative.get(0)), CONTENT_ONLY));
                }
            }
            try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                doc.write(out);
                return out.toByteArray();
            }
        }
    }

    private static void heading(XWPFParagraph p, String style, String numId, int level, String text) {
        p.setStyle(style);
        if (numId != null) {
            var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            var numPr = pPr.addNewNumPr();
            numPr.addNewIlvl().setVal(java.math.BigInteger.valueOf(level));
            numPr.addNewNumId().setVal(new java.math.BigInteger(numId));
        }
        p.createRun().setText(text);
    }

    private static void styles(XWPFDocument doc, Flavour f) throws XmlException {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("<w:style " + W + " w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                + "<w:name w:val=\"Normal\"/></w:style>", styles));
        styles.addStyle(style("<w:style " + W + " w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>", styles));
        String partNumbering = f.numberedByStyle() ? "<w:numPr><w:numId w:val=\"1\"/></w:numPr>" : "";
        styles.addStyle(style("<w:style " + W + " w:type=\"paragraph\" w:styleId=\"" + f.partStyle() + "\"><w:name w:val=\""
                + f.partName() + "\"/><w:basedOn w:val=\"Normal\"/><w:pPr>" + partNumbering
                + "<w:outlineLvl w:val=\"0\"/></w:pPr></w:style>", styles));
        styles.addStyle(style("<w:style " + W + " w:type=\"paragraph\" w:styleId=\"" + f.subStyle() + "\"><w:name w:val=\""
                + f.subName() + "\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>", styles));
    }

    private static XWPFStyle style(String xml, XWPFStyles styles) throws XmlException {
        return new XWPFStyle(CTStyle.Factory.parse(xml, CONTENT_ONLY), styles);
    }

    /** One list: level 0 "一、" (bound to the part style in the WPS flavour), level 1 "（一）" restarting under it. */
    private static String numbering(XWPFDocument doc, Flavour f) throws XmlException {
        XWPFNumbering numbering = doc.createNumbering();
        String partStyle = f.numberedByStyle() ? "<w:pStyle w:val=\"" + f.partStyle() + "\"/>" : "";
        String xml = "<w:abstractNum " + W + " w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + f.counting() + "\"/>" + partStyle
                + "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + f.counting() + "\"/>"
                + "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"（%2）\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                + "<w:lvlText w:val=\"%3.\"/><w:lvlJc w:val=\"left\"/></w:lvl></w:abstractNum>";
        XWPFAbstractNum abs = new XWPFAbstractNum(CTAbstractNum.Factory.parse(xml, CONTENT_ONLY), numbering);
        java.math.BigInteger abstractId = numbering.addAbstractNum(abs);
        return numbering.addNum(abstractId).toString();
    }

    /** The preface with a deleted "（征求意见稿）" and part of its text as a tracked insertion. */
    private static String trackedPreface(String line) {
        int split = line.indexOf("《");
        int tail = line.length() - 2;
        return "<w:p " + W + "><w:r><w:t xml:space=\"preserve\">" + line.substring(0, split) + "</w:t></w:r>"
                + "<w:del w:id=\"901\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"><w:r><w:delText>（征求意见稿）</w:delText></w:r></w:del>"
                + "<w:r><w:t xml:space=\"preserve\">" + line.substring(split, tail) + "</w:t></w:r>"
                + "<w:ins w:id=\"902\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"><w:r><w:t>" + line.substring(tail)
                + "</w:t></w:r></w:ins></w:p>";
    }

    /** The agency's signature in a floating text box, written twice as Word does (DrawingML and VML fallback). */
    private static String textBoxParagraph(String title) {
        String agency = title.substring(0, title.indexOf("20"));
        String content = "<w:txbxContent><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>" + agency
                + "</w:t></w:r></w:p></w:txbxContent>";
        return "<w:p " + W + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:r><mc:AlternateContent"
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\""
                + " simplePos=\"0\" relativeHeight=\"251659264\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>3200400</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"2286000\" cy=\"457200\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
                + "<wp:docPr id=\"1\" name=\"文本框 1\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2286000\" cy=\"457200\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>" + content + "</wps:txbx>"
                + "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"t\"/>"
                + "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape id=\"文本框1\" style=\"position:absolute;margin-left:252pt;width:180pt;height:36pt\">"
                + "<v:textbox>" + content + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
    }

    /** A footer "— 1 —" whose number is a PAGE field: page chrome the reader must not see. */
    private static String pageField() {
        return "<w:p " + W + "><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p>";
    }

    private static String year(String preface) {
        Matcher m = Pattern.compile("自(\\d{4})年").matcher(preface);
        return m.find() ? m.group(1) : "2023";
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }
}
