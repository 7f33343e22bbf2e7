package org.nianbao.audit.ingest.pdf;

/** Something on a page in reading order: a line of running text or a table. */
sealed interface PageItem permits PdfLine, PdfTable {
    int page();

    double top();
}
