package org.nianbao.audit.ingest.pdf;

import java.util.Locale;
import org.nianbao.audit.ingest.IngestMessages;
import org.nianbao.audit.model.ParseProblem;

/**
 * Decides whether the text a PDF gave is the text it prints. No text at all over pages that are images is
 * a scan (OCR is needed first); glyphs drawn without a character behind them (a CID font without a
 * ToUnicode map), characters from the private-use area or replacement characters, or text with hardly a
 * Chinese character in it are a font the text cannot be taken from. Either way the report is not audited:
 * judging gibberish would charge the agency for what the reader failed to read.
 */
final class TextLayerCheck {
    /** Share of drawn glyphs PDFBox could not map to a character above which the text is not the document's. */
    private static final double UNMAPPED_LIMIT = 0.2;
    /** Share of private-use, replacement and control characters above which the text is garbage. */
    private static final double BAD_LIMIT = 0.1;
    /** Below this share of Han characters a "Chinese report" is not Chinese text. */
    private static final double HAN_MINIMUM = 0.02;
    private static final int ENOUGH = 50;

    private int drawn;
    private int unmapped;
    private int characters;
    private int han;
    private int bad;
    private int imagePages;
    private int pages;

    void page(int drawnGlyphs, int unmappedGlyphs, String text, double imageCoverage) {
        pages++;
        drawn += drawnGlyphs;
        unmapped += unmappedGlyphs;
        int before = characters;
        text.codePoints().forEach(this::count);
        if (characters == before && imageCoverage >= 0.3) {
            imagePages++;
        }
    }

    /** True when the page has no text of its own but is covered by an image. */
    static boolean imageOnly(PageLayout page) {
        return page.characters() == 0 && page.imageCoverage() >= 0.3;
    }

    /** True when a quarter of a page with text is an image: a pasted table or scanned attachment, unread. */
    static boolean largeImage(PageLayout page) {
        return page.characters() > 0 && page.imageCoverage() >= 0.25;
    }

    /** Why the document cannot be read from its text layer; null when it can. */
    ParseProblem problem() {
        if (characters == 0 && drawn == 0) {
            return imagePages > 0 ? IngestMessages.pdfScanned(pages) : IngestMessages.pdfNoText(pages);
        }
        if (drawn >= ENOUGH / 2 && unmapped > drawn * UNMAPPED_LIMIT) {
            return IngestMessages.pdfGarbled(String.format(Locale.ROOT,
                    "%d 个字形中有 %d 个没有对应的字符（字体未嵌入 ToUnicode 映射）", drawn, unmapped));
        }
        if (characters >= ENOUGH && bad > characters * BAD_LIMIT) {
            return IngestMessages.pdfGarbled(String.format(Locale.ROOT,
                    "提取出的 %d 个字符中有 %d 个是私用区、替换或控制字符", characters, bad));
        }
        if (characters >= ENOUGH && han < characters * HAN_MINIMUM) {
            return IngestMessages.pdfGarbled(String.format(Locale.ROOT,
                    "提取出的 %d 个字符中几乎没有汉字（%d 个），不是报告的中文原文", characters, han));
        }
        if (characters == 0) {
            return IngestMessages.pdfGarbled(String.format(Locale.ROOT, "%d 个字形都没有对应的字符", drawn));
        }
        return null;
    }

    private void count(int cp) {
        if (Character.isWhitespace(cp)) {
            return;
        }
        characters++;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            han++;
        } else if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE || Character.isISOControl(cp)
                || Character.getType(cp) == Character.UNASSIGNED) {
            bad++;
        }
    }
}
