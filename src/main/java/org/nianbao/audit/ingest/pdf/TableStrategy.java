package org.nianbao.audit.ingest.pdf;

import java.util.List;

/**
 * One way of finding tables on a page, as Tabula and Camelot have two: {@link LatticeStrategy} rebuilds
 * tables drawn with borders from their ruling lines; {@link StreamStrategy} rebuilds tables drawn without
 * borders from the alignment of their text. The reader runs lattice first and stream on what is left, so
 * each table region is read by the strategy that fits it. A strategy claims the glyphs of the tables it
 * returns.
 */
interface TableStrategy {
    String name();

    List<PdfTable> find(PageContent page);
}
