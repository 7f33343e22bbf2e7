package org.nianbao.audit.ingest.docx;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.ingest.IngestMessages;

/**
 * OLE2 compound files under a Word name. Three kinds arrive: a .docx protected by a password (Office stores
 * it encrypted inside an OLE2 container: "文档已加密"), a Word 97–2003 .doc (a {@code WordDocument} stream,
 * read by {@link LegacyWordReader}; WPS Office saves its .wps in that same binary format, so such a .wps is read
 * too), and anything else — older Kingsoft .wps, Microsoft Works — which only the office suite that wrote it
 * can convert.
 */
final class OleWordReader {
    private OleWordReader() {
    }

    static Document read(Path file, String source, long size, String extension) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Document.failed(source, extension, size, IngestMessages.wordEncrypted());
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return LegacyWordReader.read(fs, source, size);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Document.failed(source, extension, size, IngestMessages.wordOtherOffice(extension, "Excel 工作簿（.xls）"));
            }
            return Document.failed(source, extension, size, IngestMessages.saveAsDocxOrPdf(
                    "“." + extension + "”文件（不是 Word 97–2003 格式，可能是早期 WPS 或 Works 文档）"));
        } catch (IOException | RuntimeException e) {
            return Document.failed(source, extension, size,
                    IngestMessages.wordDamaged("OLE2 复合文档结构损坏（" + DocxPackageReader.describe(e) + "）"));
        }
    }
}
