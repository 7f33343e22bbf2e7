package org.nianbao.audit.ingest.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Test data: the bad PDFs an office receives, made with PDFBox at test time from a real report
 * (fixtures/corpus/pdf) or from nothing, so no font has to be installed.
 */
final class HostilePdfs {
    static final Path REAL = Path.of("fixtures", "corpus", "pdf", "hongze-district-2024.pdf");

    private HostilePdfs() {
    }

    /** The real report, opening only with the password "secret". */
    static Path encrypted(Path dir) throws IOException {
        return protect(dir.resolve("encrypted.pdf"), "secret", "owner-secret");
    }

    /** The real report with an owner password only: opens without a password, copying and printing restricted. */
    static Path ownerPasswordOnly(Path dir) throws IOException {
        return protect(dir.resolve("owner-only.pdf"), "", "owner-secret");
    }

    /** Two pages that are nothing but a picture of a page, as a scanner makes them. */
    static Path scanned(Path dir) throws IOException {
        Path out = dir.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = new BufferedImage(300, 420, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 300, 420);
            g.setColor(Color.BLACK);
            for (int y = 40; y < 400; y += 14) {
                g.fillRect(30, y, 240, 6); // lines of "text" as a scanner sees them
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** The real report with one scanned page inserted after its first page, as a signed page is added. */
    static Path withScannedPage(Path dir) throws IOException {
        Path scan = scanned(dir);
        Path out = dir.resolve("with-scanned-page.pdf");
        try (PDDocument doc = Loader.loadPDF(REAL.toFile()); PDDocument images = Loader.loadPDF(scan.toFile())) {
            PDPage page = doc.importPage(images.getPage(0));
            doc.getPages().remove(page);
            doc.getPages().insertAfter(page, doc.getPage(0));
            doc.save(out.toFile());
        }
        return out;
    }

    /** The real report cut off after half its bytes, as an interrupted download leaves it. */
    static Path truncated(Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(REAL);
        return Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A PDF header and end marker around garbage: no object PDFBox can find a document in. */
    static Path damaged(Path dir) throws IOException {
        byte[] body = new byte[4096];
        new java.util.Random(7).nextBytes(body);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\ntrailer\n<< /Root 99 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        System.arraycopy(tail, 0, all, head.length + body.length, tail.length);
        return Files.write(dir.resolve("damaged.pdf"), all);
    }

    /** A text file named .pdf. */
    static Path notAPdf(Path dir) throws IOException {
        return Files.writeString(dir.resolve("renamed.pdf"), "洪泽区人民政府2024年政府信息公开工作年度报告\n");
    }

    /** {@code pages} blank pages. */
    static Path pages(Path dir, int pages) throws IOException {
        Path out = dir.resolve(pages + "-pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** One page drawing 50,000 characters (Helvetica, no CJK font needed): no report's page looks like it. */
    static Path overfull(Path dir) throws IOException {
        Path out = dir.resolve("overfull.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 2);
                cs.newLineAtOffset(10, 830);
                String row = "0123456789".repeat(25);
                for (int i = 0; i < 200; i++) {
                    cs.showText(row);
                    cs.newLineAtOffset(0, -4);
                }
                cs.endText();
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /**
     * The real report with the ToUnicode maps of its fonts removed: CID fonts (Identity-H) whose glyph codes
     * no longer say which character they draw, as some converters and "print to PDF" drivers write them.
     */
    static Path withoutToUnicode(Path dir) throws IOException {
        Path out = dir.resolve("no-tounicode.pdf");
        try (PDDocument doc = Loader.loadPDF(REAL.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    private static Path protect(Path out, String user, String owner) throws IOException {
        try (PDDocument doc = Loader.loadPDF(REAL.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out;
    }
}
