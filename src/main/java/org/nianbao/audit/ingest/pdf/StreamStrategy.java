package org.nianbao.audit.ingest.pdf;

import java.util.List;

final class StreamStrategy implements TableStrategy {
    @Override
    public String name() {
        return "stream";
    }

    @Override
    public List<PdfTable> find(PageContent page) {
        return List.of();
    }
}
