package org.nianbao.audit.ingest.docx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits a Word file is read under, so that a hostile or absurd file costs little memory and time.
 *
 * <p>A .docx is a ZIP archive; a "zip bomb" is a small archive whose XML inflates to gigabytes. Real reports
 * have a document.xml of 0.1–5 MB that compresses 5–20 times. POI's {@link ZipSecureFile} enforces its limits
 * while inflating, whatever the archive's directory claims; they are JVM-wide, set once here:
 * <ul>
 *   <li>an entry expanding more than {@value #MAX_EXPANSION} times (ratio below 1/{@value #MAX_EXPANSION})
 *       once past POI's grace size is refused (POI's default, made explicit);</li>
 *   <li>no entry is inflated beyond {@link #MAX_ENTRY_BYTES} (POI's default is 4 GiB);</li>
 *   <li>an archive of more than {@value #MAX_ENTRIES} entries is refused.</li>
 * </ul>
 * Before POI parses anything, the reader also checks the sizes the archive's directory declares for the
 * document's XML against {@link #MAX_XML_BYTES}: XmlBeans holds a parsed part in several times its size;
 * measured, a 12 MB body (65,000 paragraphs, some 2,000 pages) reads in about 2 s once warm within a 160 MB
 * heap, so two threads stay within the batch's 384 MB. Pictures and embedded files are never inflated.
 */
final class DocxLimits {
    /** A file larger than this is refused unread: reports with their pictures are a few MB, 100 MB is generous. */
    static final long MAX_FILE_BYTES = 100L << 20;
    /** Uncompressed size of all WordprocessingML parts together (document, styles, numbering, notes …). */
    static final long MAX_XML_BYTES = 12L << 20;
    static final long MAX_ENTRY_BYTES = 32L << 20;
    static final int MAX_EXPANSION = 100;
    static final int MAX_ENTRIES = 2000;

    private DocxLimits() {
    }

    private static boolean applied;

    /** Sets POI's JVM-wide zip limits; idempotent. */
    static synchronized void apply() {
        if (applied) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        applied = true;
    }
}
