package org.nianbao.audit.ingest.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.ingest.IngestMessages;
import org.nianbao.audit.ingest.SourceReader;

/**
 * Word-processing files as agencies submit them: .docx (and .docm/.dotx) read into blocks; the legacy binary
 * .doc read by {@link LegacyWordReader}; .wps, .odt and .rtf refused with the two clicks that fix it
 * ("请另存为 .docx 或 PDF"). The format is decided by the file's first bytes, not its name: a .doc that is
 * really a .docx (or the reverse) is read as what it is, an encrypted document, a picture, a PDF or a web page
 * under a Word name each get their own reason. Never throws for bad content. Thread-safe.
 */
public final class DocxSourceReader implements SourceReader {
    private static final Set<String> EXTENSIONS = Set.of("docx", "docm", "dotx", "dotm", "doc", "dot", "wps", "wpt",
            "odt", "rtf");

    @Override
    public String format() {
        return "word";
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    @Override
    public Document read(Path file, String source) {
        String ext = extension(file);
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            if (size == 0) {
                return Document.failed(source, ext, 0, IngestMessages.empty());
            }
            if (size > DocxLimits.MAX_FILE_BYTES) {
                return Document.failed(source, ext, size, IngestMessages.tooLarge(size, DocxLimits.MAX_FILE_BYTES));
            }
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException | RuntimeException e) {
            return Document.failed(source, ext, 0, IngestMessages.unreadable(DocxPackageReader.describe(e)));
        }
        return switch (magic) {
            case OOXML -> DocxPackageReader.read(file, source, size, ext);
            case OLE2 -> OleWordReader.read(file, source, size, ext);
            case RTF -> Document.failed(source, "rtf", size, IngestMessages.saveAsDocxOrPdf("RTF 格式文件"));
            case HTML, XML -> Document.failed(source, ext, size,
                    IngestMessages.saveAsDocxOrPdf("扩展名为“." + ext + "”、内容却是网页或 XML 的文件"));
            case WORD2, MSWRITE -> Document.failed(source, ext, size,
                    IngestMessages.saveAsDocxOrPdf("早期 Word（Word 2.0 / Write）格式的文件"));
            case PDF -> Document.failed(source, ext, size,
                    IngestMessages.wordOtherOffice(ext, "PDF 文档（请把扩展名改为 .pdf 后再提交）"));
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> Document.failed(source, ext, size,
                    IngestMessages.wordOtherOffice(ext, "图片（" + magic.name() + "）"));
            default -> Document.failed(source, ext, size, IngestMessages.wordNotWord(ext));
        };
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 || dot == s.length() - 1 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
