package org.nianbao.audit.ingest.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;

/** Test helper: a minimal .docx package written by hand around a body, numbering, styles and notes. */
final class MiniDocx {
    static final String NS = "xmlns:w=\"" + WordXml.W + "\" xmlns:mc=\"" + WordXml.MC + "\" xmlns:v=\"" + WordXml.VML
            + "\" xmlns:m=\"" + WordXml.MATH + "\"";
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final Map<String, String> parts = new LinkedHashMap<>();

    static MiniDocx body(String bodyXml) {
        MiniDocx d = new MiniDocx();
        d.parts.put("document", "<w:document " + NS + "><w:body>" + bodyXml + "</w:body></w:document>");
        return d;
    }

    MiniDocx numbering(String inner) {
        parts.put("numbering", "<w:numbering " + NS + ">" + inner + "</w:numbering>");
        return this;
    }

    MiniDocx styles(String inner) {
        parts.put("styles", "<w:styles " + NS + ">" + inner + "</w:styles>");
        return this;
    }

    MiniDocx footnotes(String inner) {
        parts.put("footnotes", "<w:footnotes " + NS + ">" + inner + "</w:footnotes>");
        return this;
    }

    byte[] bytes() {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int id = 1;
        for (String part : parts.keySet()) {
            String type = part.equals("document") ? "document.main" : part;
            types.append("<Override PartName=\"/word/").append(part).append(".xml\" ContentType=\"").append(MAIN)
                    .append(type).append("+xml\"/>");
            if (!part.equals("document")) {
                rels.append("<Relationship Id=\"rId").append(id++).append("\" Type=\"").append(REL).append(part)
                        .append("\" Target=\"").append(part).append(".xml\"/>");
            }
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buf)) {
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/_rels/document.xml.rels", rels.toString());
            for (Map.Entry<String, String> e : parts.entrySet()) {
                put(zip, "word/" + e.getKey() + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    Document read(Path dir) {
        try {
            Path file = Files.write(dir.resolve("t-" + System.nanoTime() + ".docx"), bytes());
            return new DocxSourceReader().read(file, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text blocks of a document. */
    static List<String> texts(Document doc) {
        return doc.blocks().stream().filter(TextBlock.class::isInstance).map(b -> ((TextBlock) b).text()).toList();
    }

    static List<TableBlock> tables(Document doc) {
        return doc.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String numbered(String numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static String kinds(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b instanceof TextBlock t ? t.kind().name().charAt(0) : 'T');
        }
        return sb.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
