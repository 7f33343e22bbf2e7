package org.nianbao.audit.ingest.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.ingest.IngestMessages;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.SourceSpan;

/**
 * Reads an Office Open XML word-processing file (.docx, .docm, .dotx) with POI. The archive's directory is
 * checked first (an OpenDocument or a spreadsheet in disguise, a missing body, XML larger than
 * {@link DocxLimits#MAX_XML_BYTES}, an entry claiming an absurd compression ratio), then POI opens it
 * from the file, so only the parts it parses are ever inflated, under {@link DocxLimits}.
 */
final class DocxPackageReader {
    static final String FORMAT = "docx";
    private static final String MAIN_PREFIX = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String WORD_MACRO = "application/vnd.ms-word.";

    private DocxPackageReader() {
    }

    static Document read(Path file, String source, long size, String extension) {
        DocxLimits.apply();
        ParseProblem refused = inspect(file, extension);
        if (refused != null) {
            return Document.failed(source, FORMAT, size, refused);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            PackagePart main = mainPart(pkg);
            if (main == null) {
                return Document.failed(source, FORMAT, size, IngestMessages.wordNoBody());
            }
            String type = main.getContentType();
            if (!type.startsWith(MAIN_PREFIX) && !type.startsWith(WORD_MACRO)) {
                return Document.failed(source, FORMAT, size, IngestMessages.wordOtherOffice(extension, otherOffice(type)));
            }
            WordParts parts = WordParts.load(main);
            if (parts == null) {
                return Document.failed(source, FORMAT, size, IngestMessages.wordNoBody());
            }
            DocxBody body = new DocxBody(parts);
            List<Block> blocks = body.read(parts.body);
            if (!hasText(blocks)) {
                ParseProblem why = body.images() > 0 ? IngestMessages.wordImagesOnly(body.images())
                        : IngestMessages.wordNoText();
                return Document.failed(source, FORMAT, size, why);
            }
            return new Document(source, FORMAT, null, size, blocks, facts(pkg), null, List.of());
        } catch (IOException | RuntimeException | org.apache.xmlbeans.XmlException e) {
            // POI reports a broken archive, a zip bomb caught while inflating and malformed XML as
            // IOException, POIXMLException, OpenXML4J*Exception or XmlException wrapped in runtime exceptions.
            return Document.failed(source, FORMAT, size, failure(e));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return Document.failed(source, FORMAT, size, IngestMessages.wordDamaged(describe(e)));
        } catch (StackOverflowError e) {
            return Document.failed(source, FORMAT, size, IngestMessages.wordDamaged("文档结构嵌套过深"));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** Refusals the archive's directory alone shows, before any XML is parsed. */
    private static ParseProblem inspect(Path file, String extension) {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            boolean contentTypes = false;
            boolean mimetype = false;
            long xmlBytes = 0;
            int entries = 0;
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry entry = en.nextElement();
                entries++;
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                mimetype |= name.equals("mimetype");
                if (name.startsWith("xl/workbook")) {
                    return IngestMessages.wordOtherOffice(extension, "Excel 工作簿");
                }
                if (name.startsWith("ppt/presentation")) {
                    return IngestMessages.wordOtherOffice(extension, "PowerPoint 演示文稿");
                }
                if (!name.toLowerCase(Locale.ROOT).endsWith(".xml") && !name.endsWith(".rels")) {
                    continue;
                }
                long declared = entry.getSize();
                long packed = entry.getCompressedSize();
                if (declared > 0 && packed > 0 && declared / packed > DocxLimits.MAX_EXPANSION && declared > (1 << 20)) {
                    return IngestMessages.wordZipBomb(String.format(Locale.ROOT,
                            "“%s”声称由 %d 字节解压为 %d 字节，超过 %d 倍", name, packed, declared, DocxLimits.MAX_EXPANSION));
                }
                xmlBytes += Math.max(declared, 0);
            }
            if (entries > DocxLimits.MAX_ENTRIES) {
                return IngestMessages.wordZipBomb("压缩包含 " + entries + " 个文件");
            }
            if (!contentTypes) {
                return mimetype && openDocumentText(zip) ? IngestMessages.saveAsDocxOrPdf("OpenDocument 文本（.odt）")
                        : IngestMessages.wordNotWord(extension);
            }
            if (xmlBytes > DocxLimits.MAX_XML_BYTES) {
                return IngestMessages.wordBodyTooLarge(xmlBytes, DocxLimits.MAX_XML_BYTES);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return IngestMessages.wordDamaged("ZIP 结构损坏，文件可能不完整（" + describe(e) + "）");
        }
    }

    private static boolean openDocumentText(ZipSecureFile zip) throws IOException {
        ZipArchiveEntry entry = zip.getEntry("mimetype");
        if (entry == null || entry.getSize() > 256) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String type = new String(in.readNBytes(256), StandardCharsets.US_ASCII);
            return type.startsWith("application/vnd.oasis.opendocument.text");
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.size() == 0) {
            return null;
        }
        return pkg.getPart(rels.getRelationship(0));
    }

    private static String otherOffice(String contentType) {
        if (contentType.contains("spreadsheetml")) {
            return "Excel 工作簿";
        }
        if (contentType.contains("presentationml")) {
            return "PowerPoint 演示文稿";
        }
        return "其他 Office 文件（" + contentType + "）";
    }

    private static ParseProblem failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("Zip bomb")) {
                return IngestMessages.wordZipBomb(String.format(Locale.ROOT,
                        "解压时超过 %d 倍压缩比或单个部件 %d MiB 的上限", DocxLimits.MAX_EXPANSION,
                        DocxLimits.MAX_ENTRY_BYTES >> 20));
            }
        }
        return IngestMessages.wordDamaged(describe(e));
    }

    /** The document's title property: often stale in a file copied from last year's, so a page fact only. */
    private static PageFacts facts(OPCPackage pkg) {
        String title;
        try {
            title = new POIXMLProperties(pkg).getCoreProperties().getTitle();
        } catch (IOException | RuntimeException | org.apache.xmlbeans.XmlException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            return PageFacts.NONE; // a broken docProps/core.xml costs the title property, not the report
        }
        if (title == null || title.isBlank()) {
            return PageFacts.NONE;
        }
        String t = title.strip();
        return new PageFacts(new PageFacts.Field(t, "文档属性·标题：" + t, SourceSpan.NONE), null, null, null, null);
    }

    private static boolean hasText(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof TextBlock t && !t.text().isBlank()) {
                return true;
            }
            if (b instanceof TableBlock t && t.grid().rows().stream().flatMap(List::stream).anyMatch(c -> !c.blank())) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String kind = root.getClass().getSimpleName();
        if (m == null || m.isBlank()) {
            return kind;
        }
        return kind + "：" + (m.length() > 160 ? m.substring(0, 160) + "…" : m);
    }
}
