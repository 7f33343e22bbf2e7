package org.nianbao.audit.model;

/** Kinds of parse problem, each with the origin it is attributed to. */
public enum ProblemCode {
    // input: the file is not an assessable report
    EMPTY_INPUT(Origin.INPUT),
    BINARY_INPUT(Origin.INPUT),
    UNDECODABLE_INPUT(Origin.INPUT),
    NOT_A_REPORT(Origin.INPUT),
    UNSUPPORTED_YEAR(Origin.INPUT),
    INPUT_TOO_LARGE(Origin.INPUT),
    UNREADABLE_FILE(Origin.INPUT),
    /** The file holds more than one report (a crawl that appended reports): none is graded alone. */
    SEVERAL_REPORTS(Origin.INPUT),
    /** No reader handles the file's format yet (e.g. .pdf before the PDF reader exists). */
    UNSUPPORTED_FORMAT(Origin.INPUT),
    /** A PDF that opens only with a password. */
    ENCRYPTED_INPUT(Origin.INPUT),
    /** A scanned PDF: pages are images, there is no text to read without OCR. */
    NO_TEXT_LAYER(Origin.INPUT),
    /** A PDF whose fonts do not map their glyphs to characters: what comes out is not the printed text. */
    GARBLED_TEXT(Origin.INPUT),
    // extraction: the engine could not read part of the document reliably
    CHARSET_GUESSED(Origin.EXTRACTION),
    GLUED_DIGITS(Origin.EXTRACTION),
    CELLS_UNSEPARATED(Origin.EXTRACTION),
    /**
     * Glued digits that several readings fit equally well (the table's arithmetic leaves more than one): the
     * cells stay unread and are not judged; the detail lists the readings. The rest of the table is judged.
     */
    CELLS_AMBIGUOUS(Origin.EXTRACTION),
    ROW_AMBIGUOUS(Origin.EXTRACTION),
    TABLE_TRUNCATED(Origin.EXTRACTION),
    YEAR_UNKNOWN(Origin.EXTRACTION),
    AGENCY_UNKNOWN(Origin.EXTRACTION),
    /** A PDF page that is an image, or largely one (a scanned page, a pasted table screenshot): not read. */
    PAGE_WITHOUT_TEXT(Origin.EXTRACTION),
    /** A section's numbered heading is printed but could not be read as a heading (e.g. inside a paragraph). */
    SECTION_UNREAD(Origin.EXTRACTION),
    /** A table's own labels are printed but the table could not be located or read. */
    TABLE_UNREAD(Origin.EXTRACTION),
    /** A template row's label is printed in its table but the row could not be read. */
    ROW_UNREAD(Origin.EXTRACTION),
    // report: the document itself deviates (the rules judge these)
    ROW_MISSING(Origin.REPORT),
    ROW_CELL_COUNT(Origin.REPORT),
    LABEL_DEVIATION(Origin.REPORT),
    TABLE_MISSING(Origin.REPORT),
    SECTION_MISSING(Origin.REPORT);

    private final Origin origin;

    ProblemCode(Origin origin) {
        this.origin = origin;
    }

    public Origin origin() {
        return origin;
    }
}
