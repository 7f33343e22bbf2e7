package org.nianbao.audit.ingest.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test data: the hostile Word files of fixtures/hostile/docx, each built as such files arise. */
final class HostileDocx {
    static final Path DIR = Path.of("fixtures", "hostile", "docx");
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>";
    private static final String BODY_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"" + WordXml.W + "\"><w:body><w:p><w:r><w:t>";
    private static final String BODY_END = "</w:t></w:r></w:p></w:body></w:document>";

    private HostileDocx() {
    }

    static void writeAll(byte[] validDocx) throws IOException {
        DocxFixtureGenerator.write(DIR.resolve("zip-bomb.docx"), zipBomb(200L << 20, false));
        DocxFixtureGenerator.write(DIR.resolve("zip-bomb-lying-directory.docx"), zipBomb(200L << 20, true));
        DocxFixtureGenerator.write(DIR.resolve("truncated.docx"), truncated(validDocx));
        DocxFixtureGenerator.write(DIR.resolve("no-document-xml.docx"), withoutBody(validDocx));
        DocxFixtureGenerator.write(DIR.resolve("encrypted.docx"), encrypted(validDocx, "nianbao"));
        DocxFixtureGenerator.write(DIR.resolve("image-only.docx"), imageOnly());
        DocxFixtureGenerator.write(DIR.resolve("old-kingsoft.wps"), oleWithout("CONTENTS"));
        DocxFixtureGenerator.write(DIR.resolve("report.rtf"),
                "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}}\\f0 report\\par}".getBytes(StandardCharsets.US_ASCII));
        DocxFixtureGenerator.write(DIR.resolve("report.odt"), openDocument());
        DocxFixtureGenerator.write(DIR.resolve("picture.docx"), png());
    }

    /**
     * A valid-looking .docx whose document.xml inflates to {@code bytes} of blanks (about 1,000:1). With
     * {@code lying}, the archive's directory claims 1 MB for it, so only the limits enforced while inflating
     * can stop it.
     */
    static byte[] zipBomb(long bytes, boolean lying) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buf)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(BODY_START.getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long written = 0; written < bytes; written += blanks.length) {
                zip.write(blanks);
            }
            zip.write(BODY_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] zip = buf.toByteArray();
        if (lying) {
            claimSize(zip, "word/document.xml", 1_000_000);
        }
        return zip;
    }

    /** Rewrites the uncompressed size the central directory declares for {@code name}. */
    private static void claimSize(byte[] zip, String name, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) != 0x02014b50) {
                continue;
            }
            int nameLength = b.getShort(i + 28) & 0xFFFF;
            if (nameLength == wanted.length
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + nameLength, wanted, 0, wanted.length)) {
                b.putInt(i + 24, size);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }

    /** A download cut off at 60 %: the central directory at the end of the archive is missing. */
    static byte[] truncated(byte[] docx) {
        return java.util.Arrays.copyOf(docx, docx.length * 6 / 10);
    }

    /** The archive with every part except word/document.xml (its relationship left dangling). */
    static byte[] withoutBody(byte[] docx) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(buf)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals("word/document.xml")) {
                    put(out, e.getName(), in.readAllBytes());
                }
            }
        }
        return buf.toByteArray();
    }

    /** What Word writes for a document with an opening password: an OLE2 container, agile AES encryption. */
    static byte[] encrypted(byte[] docx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A scanned report pasted into Word: two pages of pictures and not a character of text. */
    static byte[] imageOnly() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int page = 1; page <= 2; page++) {
                try {
                    doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png()), PictureType.PNG,
                            "scan-" + page + ".png", Units.toEMU(400), Units.toEMU(560));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IOException(e);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 compound file with a stream other than WordDocument (older Kingsoft WPS, Works). */
    static byte[] oleWithout(String stream) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream("kingsoft".getBytes(StandardCharsets.US_ASCII)), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] openDocument() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buf)) {
            put(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            put(zip, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return buf.toByteArray();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 56, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 56; y += 4) {
            for (int x = 4; x < 36; x++) {
                image.setRGB(x, y, 0x404040);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }
}
